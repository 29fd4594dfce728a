package com.momentverse.account;

import com.momentverse.common.FieldError;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for a name and an e-mail address, shared by registration and profile changes,
 * for pages and API alike. Names are NFC-normalised and may not hold control characters.
 */
public final class AccountInput {

    static final int NAME_MAX = 100;
    static final int EMAIL_MAX = 254;

    /** Pragmatic: one @, no spaces, a dot in the domain; the verification mail proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private AccountInput() {
    }

    public static String normalizeName(String name) {
        return name == null ? null : Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    }

    public static Optional<FieldError> checkName(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of(new FieldError("name", "REQUIRED", "is required"));
        }
        if (name.codePointCount(0, name.length()) > NAME_MAX) {
            return Optional.of(new FieldError("name", "TOO_LONG", "must be at most " + NAME_MAX + " characters"));
        }
        if (CONTROL.matcher(name).find()) {
            return Optional.of(new FieldError("name", "CONTROL_CHARACTERS", "must not contain control characters"));
        }
        return Optional.empty();
    }

    public static Optional<FieldError> checkEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.of(new FieldError("email", "REQUIRED", "is required"));
        }
        String trimmed = email.strip();
        if (trimmed.length() > EMAIL_MAX || !EMAIL.matcher(trimmed).matches()) {
            return Optional.of(new FieldError("email", "INVALID", "must be an e-mail address such as ada@example.com"));
        }
        return Optional.empty();
    }

    static List<FieldError> checkNameAndEmail(String name, String email) {
        return java.util.stream.Stream.of(checkName(name), checkEmail(email))
                .flatMap(Optional::stream).toList();
    }
}

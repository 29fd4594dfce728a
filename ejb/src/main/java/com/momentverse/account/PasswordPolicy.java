package com.momentverse.account;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a new password is acceptable, by the rules of PRODUCT.md ("Accounts"):
 * <ul>
 * <li>{@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, counted as Unicode code points
 *     after NFC normalisation (an emoji is one character, and so is an accented letter however
 *     it was typed);</li>
 * <li>no composition rules (no required digits, capitals or symbols: they push people to
 *     predictable patterns such as "Password1!" without making passwords harder to guess);</li>
 * <li>not a well-known common password ({@link CommonPasswords}), compared case-insensitively;</li>
 * <li>not containing the local part of the account's e-mail address (the part before the
 *     last {@code @}), compared case-insensitively. A local part shorter than
 *     {@value #MIN_LOCAL_PART_LENGTH} characters is ignored: refusing every password that
 *     contains "jo" or "a" for jo@example.com would refuse good passwords for no gain.</li>
 * </ul>
 *
 * <p>The limits are constants rather than configuration: they are product rules, and the
 * pages and the API document them.
 *
 * <p>Every rule is checked and every violation returned, so a form can show them all at
 * once. Only new passwords (registration, change, reset) are checked; login compares with
 * the stored hash whatever the policy says today.
 */
@ApplicationScoped
public class PasswordPolicy {

    /** The fewest characters (code points after NFC) a password may have. */
    public static final int MIN_LENGTH = 12;

    /** The most characters a password may have; enough for any passphrase, and bounds the work of hashing. */
    public static final int MAX_LENGTH = 128;

    /** A local part of the e-mail address shorter than this is not looked for in the password. */
    public static final int MIN_LOCAL_PART_LENGTH = 3;

    /**
     * The rules the password breaks.
     *
     * @param password the new password (null counts as empty)
     * @param email    the account's e-mail address, or null when there is none yet
     * @return the violations in a stable order (length, common, e-mail); empty when the password is acceptable
     */
    public List<PasswordViolation> check(CharSequence password, String email) {
        String normalized = PasswordText.normalize(password);
        String lowerCase = normalized.toLowerCase(Locale.ROOT);
        List<PasswordViolation> violations = new ArrayList<>(2);
        int length = PasswordText.length(normalized);
        if (length < MIN_LENGTH) {
            violations.add(PasswordViolation.TOO_SHORT);
        } else if (length > MAX_LENGTH) {
            violations.add(PasswordViolation.TOO_LONG);
        }
        if (CommonPasswords.contains(lowerCase)) {
            violations.add(PasswordViolation.COMMON);
        }
        String localPart = localPart(email);
        if (PasswordText.length(localPart) >= MIN_LOCAL_PART_LENGTH && lowerCase.contains(localPart)) {
            violations.add(PasswordViolation.CONTAINS_EMAIL);
        }
        return Collections.unmodifiableList(violations);
    }

    /** Whether the password breaks no rule; {@link #check} tells which ones it breaks. */
    public boolean accepts(CharSequence password, String email) {
        return check(password, email).isEmpty();
    }

    /** The part before the last {@code @} (the whole text if there is none), normalised and lower case. */
    static String localPart(String email) {
        String normalized = PasswordText.normalize(email);
        int at = normalized.lastIndexOf('@');
        return (at < 0 ? normalized : normalized.substring(0, at)).toLowerCase(Locale.ROOT);
    }
}

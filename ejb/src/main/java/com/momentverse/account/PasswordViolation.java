package com.momentverse.account;

/**
 * One reason the {@link PasswordPolicy} refuses a password, with a stable code for the API's
 * field errors and a human message for pages.
 *
 * <p>The {@linkplain #code() codes} are part of the HTTP contract: clients may switch on
 * them, so they are never renamed. The messages are sentence fragments that follow the
 * field's name ("Password must be at least 12 characters") and may be reworded freely.
 */
public enum PasswordViolation {

    TOO_SHORT("must be at least " + PasswordPolicy.MIN_LENGTH + " characters"),
    TOO_LONG("must be at most " + PasswordPolicy.MAX_LENGTH + " characters"),
    COMMON("is one of the most commonly used passwords; choose one that is harder to guess"),
    CONTAINS_EMAIL("must not contain the part of your e-mail address before the @");

    private final String message;

    PasswordViolation(String message) {
        this.message = message;
    }

    /** The stable code, for example {@code TOO_SHORT}. */
    public String code() {
        return name();
    }

    /** The message for people, in English, to be shown after the field's name. */
    public String message() {
        return message;
    }
}

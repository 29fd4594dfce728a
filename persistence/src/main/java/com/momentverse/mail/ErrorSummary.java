package com.momentverse.mail;

import java.util.regex.Pattern;

/**
 * The one rule for what of a failure is kept in {@code mail_outbox.last_error}: the exception
 * class and the first line of its message, at most {@value #MAX_LENGTH} characters.
 *
 * <p>The column is shown to administrators, so it must never hold a secret. Mail exceptions
 * carry server replies, not the credentials sent, but a message can still quote a URL with a
 * user and password or a {@code password=...} setting; those are masked. Stack traces belong
 * in the server log, not in the table.
 */
public final class ErrorSummary {

    /** The length of the column. */
    public static final int MAX_LENGTH = 500;

    private static final String MASK = "***";
    /** {@code scheme://user:password@host}: the user information of a URL. */
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?<=//)[^/\\s@]+@");
    /** {@code password=secret}, {@code token: abc}, {@code Authorization: Basic ...}. */
    private static final Pattern SECRET_SETTING = Pattern.compile(
            "(?i)\\b(password|passwd|pwd|secret|token|credentials?|authorization)(\\s*[=:]\\s*)(\\S+(\\s+\\S+)?)");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ErrorSummary() {
    }

    /**
     * Summarises a failure for the outbox row.
     *
     * @return "class name: first line of the message" (or the class name alone), masked and clipped
     */
    public static String of(Throwable failure) {
        String message = failure.getMessage();
        String firstLine = message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
        String summary = firstLine.isEmpty()
                ? failure.getClass().getName()
                : failure.getClass().getName() + ": " + firstLine;
        return clip(summary);
    }

    /**
     * Makes any text fit the column: credentials masked, control characters replaced by spaces,
     * at most {@value #MAX_LENGTH} characters (never half a surrogate pair).
     *
     * @return the clipped text, or null for null
     */
    public static String clip(String text) {
        if (text == null) {
            return null;
        }
        String masked = URL_CREDENTIALS.matcher(text).replaceAll(MASK + "@");
        masked = SECRET_SETTING.matcher(masked).replaceAll("$1$2" + MASK);
        masked = CONTROL.matcher(masked).replaceAll(" ");
        if (masked.length() <= MAX_LENGTH) {
            return masked;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(masked.charAt(end - 1))) {
            end--;
        }
        return masked.substring(0, end);
    }
}

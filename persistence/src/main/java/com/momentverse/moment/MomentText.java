package com.momentverse.moment;

import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a moment: its title, the dedication message and whom it is dedicated to, as the
 * one place their rules live (PRODUCT.md, "Claiming a moment"). The API, the claim page and
 * editing all build it through {@link #of}, so text is checked the same way everywhere.
 *
 * <p>Text is kept as entered, NFC-normalised (so "e" + combining acute and "é" are the same
 * title and count as one character), with surrounding white space removed. Lengths count
 * Unicode code points after normalisation. Control characters are refused, except line breaks
 * in the message (a dedication may have paragraphs; CR LF and CR become LF). Text is escaped
 * where it is shown, never here.
 *
 * @param title       1 to {@value #TITLE_MAX} characters
 * @param message     null, or 1 to {@value #MESSAGE_MAX} characters
 * @param dedicatedTo null, or 1 to {@value #DEDICATED_TO_MAX} characters
 */
public record MomentText(String title, String message, String dedicatedTo) implements Serializable {

    public static final int TITLE_MAX = 120;
    public static final int MESSAGE_MAX = 1000;
    public static final int DEDICATED_TO_MAX = 120;

    private static final long serialVersionUID = 1L;

    /**
     * Normalises and checks the three texts; an empty message or recipient becomes null.
     *
     * @throws InvalidInputException listing every field at fault ({@code title}, {@code message},
     *                               {@code dedicatedTo}) with code REQUIRED, TOO_LONG or
     *                               CONTROL_CHARACTER
     */
    public static MomentText of(String title, String message, String dedicatedTo) {
        List<FieldError> errors = new ArrayList<>(3);
        String t = clean("title", title, TITLE_MAX, false, errors);
        if (t == null && errors.stream().noneMatch(e -> e.field().equals("title"))) {
            errors.add(new FieldError("title", "REQUIRED", "is required"));
        }
        String m = clean("message", message, MESSAGE_MAX, true, errors);
        String d = clean("dedicatedTo", dedicatedTo, DEDICATED_TO_MAX, false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MomentText(t, m, d);
    }

    /** This text with the given parts replaced; a null argument keeps the current part. */
    public MomentText with(String newTitle, String newMessage, String newDedicatedTo) {
        return of(newTitle != null ? newTitle : title,
                newMessage != null ? newMessage : message,
                newDedicatedTo != null ? newDedicatedTo : dedicatedTo);
    }

    private static String clean(String field, String text, int max, boolean lineBreaks, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        if (lineBreaks) {
            normalized = normalized.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (normalized.isEmpty()) {
            return null;
        }
        boolean control = normalized.codePoints().anyMatch(c -> isRefused(c, lineBreaks));
        if (control) {
            errors.add(new FieldError(field, "CONTROL_CHARACTER",
                    lineBreaks ? "must not contain control characters other than line breaks"
                            : "must not contain control characters or line breaks"));
            return null;
        }
        int length = normalized.codePointCount(0, normalized.length());
        if (length > max) {
            errors.add(new FieldError(field, "TOO_LONG", "must be at most " + max + " characters (it has " + length + ")"));
            return null;
        }
        return normalized;
    }

    private static boolean isRefused(int codePoint, boolean lineBreaks) {
        if (lineBreaks && codePoint == '\n') {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE
                || codePoint == 0x2028 || codePoint == 0x2029;
    }
}

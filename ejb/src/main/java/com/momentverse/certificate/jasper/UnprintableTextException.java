package com.momentverse.certificate.jasper;

/**
 * A text holds a character that no certificate font can draw (an emoji, a rare symbol, a
 * private-use character). The certificate would show a missing-glyph box there, so it is
 * refused instead; the message names the field and the character, for the person who typed it.
 */
public class UnprintableTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final int codePoint;

    public UnprintableTextException(String field, int codePoint) {
        super(String.format("%s contains a character a certificate cannot print: %s (U+%04X)."
                + " Emoji and some symbols are not supported; please remove it.",
                field, new String(Character.toChars(codePoint)), codePoint));
        this.field = field;
        this.codePoint = codePoint;
    }

    /** The field at fault, e.g. {@code title}. */
    public String getField() {
        return field;
    }

    /** The first character that cannot be printed. */
    public int getCodePoint() {
        return codePoint;
    }
}

package com.momentverse.moment;

import com.momentverse.common.InvalidInputException;

import java.util.Locale;

/** Who may see a moment (PRODUCT.md, "Claiming a moment"). */
public enum Visibility {
    /** On the timeline, to everyone. */
    PUBLIC,
    /** To anyone with its link, never listed. */
    UNLISTED,
    /** To its owner and administrators only. */
    PRIVATE;

    /** The field a visibility is given in. */
    public static final String FIELD = "visibility";

    /**
     * The visibility a client named ("PUBLIC", case ignored).
     *
     * @throws InvalidInputException for field {@value #FIELD} when missing or unknown
     */
    public static Visibility parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(FIELD, "REQUIRED", "is required");
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD, "INVALID", "must be PUBLIC, UNLISTED or PRIVATE");
        }
    }
}

package com.momentverse.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque form of every list's cursor: the position's parts joined by colons, in URL-safe
 * Base64 without padding. Positions ({@link NewestFirst}, the star catalogue's, the timeline's)
 * say what their parts are; this class only writes and splits them.
 */
public final class Cursors {

    private Cursors() {
    }

    /** The cursor of a position made of these parts (the last may contain colons). */
    public static String encode(Object... parts) {
        StringBuilder plain = new StringBuilder();
        for (Object part : parts) {
            plain.append(plain.length() == 0 ? "" : ":").append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The parts of a cursor made by {@link #encode}.
     *
     * @throws InvalidCursorException when the text is not Base64 or has not that many parts
     */
    public static String[] decode(String cursor, int parts) {
        try {
            String[] split = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", parts);
            if (split.length != parts) {
                throw new InvalidCursorException();
            }
            return split;
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }
}

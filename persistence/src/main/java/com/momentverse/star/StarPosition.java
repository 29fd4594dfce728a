package com.momentverse.star;

import com.momentverse.common.InvalidCursorException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A place in the brightest-first order of the catalogue (magnitude, then HIP number),
 * and its opaque cursor form for keyset pagination.
 */
public record StarPosition(double magnitude, int hip) {

    public static StarPosition of(Star star) {
        return new StarPosition(star.getMagnitude(), star.getHip());
    }

    public String toCursor() {
        String plain = Double.toString(magnitude) + ':' + hip;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor made by {@link #toCursor()}.
     *
     * @throws InvalidCursorException when the text is not such a cursor
     */
    public static StarPosition fromCursor(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            double magnitude = Double.parseDouble(plain.substring(0, colon));
            int hip = Integer.parseInt(plain.substring(colon + 1));
            if (!Double.isFinite(magnitude)) {
                throw new InvalidCursorException();
            }
            return new StarPosition(magnitude, hip);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new InvalidCursorException();
        }
    }
}

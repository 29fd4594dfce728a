package com.momentverse.star;

import com.momentverse.common.Cursors;
import com.momentverse.common.InvalidCursorException;

/**
 * A place in the brightest-first order of the catalogue (magnitude, then HIP number),
 * and its opaque cursor form for keyset pagination.
 */
public record StarPosition(double magnitude, int hip) {

    public static StarPosition of(Star star) {
        return new StarPosition(star.getMagnitude(), star.getHip());
    }

    public String toCursor() {
        return Cursors.encode(magnitude, hip);
    }

    /**
     * Reads a cursor made by {@link #toCursor()}.
     *
     * @throws InvalidCursorException when the text is not such a cursor
     */
    public static StarPosition fromCursor(String cursor) {
        String[] parts = Cursors.decode(cursor, 2);
        try {
            double magnitude = Double.parseDouble(parts[0]);
            int hip = Integer.parseInt(parts[1]);
            if (!Double.isFinite(magnitude)) {
                throw new InvalidCursorException();
            }
            return new StarPosition(magnitude, hip);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }
}

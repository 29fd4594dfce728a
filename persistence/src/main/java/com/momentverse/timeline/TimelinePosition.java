package com.momentverse.timeline;

import com.momentverse.common.Cursors;
import com.momentverse.common.InvalidCursorException;

import java.util.UUID;

/**
 * A place in the timeline's list, which is in time order (start, then id), and its opaque cursor
 * form for keyset pagination: the next page is what comes after it, so every listed moment is
 * given once even while moments are added.
 */
public record TimelinePosition(long startSecond, UUID id) {

    public String toCursor() {
        return Cursors.encode(startSecond, id);
    }

    /**
     * Reads a cursor made by {@link #toCursor()}.
     *
     * @throws InvalidCursorException when the text is not such a cursor
     */
    public static TimelinePosition fromCursor(String cursor) {
        String[] parts = Cursors.decode(cursor, 2);
        try {
            return new TimelinePosition(Long.parseLong(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }
}

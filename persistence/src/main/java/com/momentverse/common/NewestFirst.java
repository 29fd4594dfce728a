package com.momentverse.common;


import java.time.Instant;
import java.util.UUID;

/**
 * A place in a newest-first list (creation time, then id), and its opaque cursor form for keyset
 * pagination. Orders and moments are both listed this way.
 */
public record NewestFirst(Instant createdAt, UUID id) {

    public String toCursor() {
        return Cursors.encode(createdAt.getEpochSecond(), createdAt.getNano(), id);
    }

    /**
     * Reads a cursor made by {@link #toCursor()}.
     *
     * @throws InvalidCursorException when the text is not such a cursor
     */
    public static NewestFirst fromCursor(String cursor) {
        String[] parts = Cursors.decode(cursor, 3);
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return new NewestFirst(at, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw new InvalidCursorException();
        }
    }
}

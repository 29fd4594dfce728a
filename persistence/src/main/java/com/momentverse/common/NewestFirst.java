package com.momentverse.common;


import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A place in a newest-first list (creation time, then id), and its opaque cursor form for keyset
 * pagination. Orders and moments are both listed this way.
 */
public record NewestFirst(Instant createdAt, UUID id) {

    public String toCursor() {
        String plain = createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor made by {@link #toCursor()}.
     *
     * @throws InvalidCursorException when the text is not such a cursor
     */
    public static NewestFirst fromCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 3);
            if (parts.length != 3) {
                throw new InvalidCursorException();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return new NewestFirst(at, UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw new InvalidCursorException();
        }
    }
}

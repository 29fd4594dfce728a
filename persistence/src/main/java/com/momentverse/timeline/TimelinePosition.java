package com.momentverse.timeline;

import com.momentverse.common.InvalidCursorException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A place in the timeline's list, which is in time order (start, then id), and its opaque cursor
 * form for keyset pagination: the next page is what comes after it, so every listed moment is
 * given once even while moments are added.
 */
public record TimelinePosition(long startSecond, UUID id) {

    public String toCursor() {
        String plain = startSecond + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor made by {@link #toCursor()}.
     *
     * @throws InvalidCursorException when the text is not such a cursor
     */
    public static TimelinePosition fromCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 2);
            if (parts.length != 2) {
                throw new InvalidCursorException();
            }
            return new TimelinePosition(Long.parseLong(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }
}

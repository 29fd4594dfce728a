package com.momentverse.common;

import java.util.List;

/**
 * One page of a list read with keyset pagination: the items, and the opaque cursor that
 * continues after the last of them ({@code null} when there is nothing more).
 *
 * @param <T> the item type
 */
public record Slice<T>(List<T> items, String nextCursor) {

    public Slice {
        items = List.copyOf(items);
    }
}

package com.momentverse.common;

import java.util.List;
import java.util.function.Function;

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

    /**
     * The page from a read of one item more than the limit (the cheapest way to know whether
     * there is a next page): at most {@code limit} items, and the cursor of the last of them
     * when more were found.
     */
    public static <T> Slice<T> ofOverread(List<T> found, int limit, Function<T, String> cursorOf) {
        boolean more = found.size() > limit;
        List<T> items = more ? found.subList(0, limit) : found;
        return new Slice<>(items, more ? cursorOf.apply(items.get(items.size() - 1)) : null);
    }

    /** The same page with each item converted, and the same cursor. */
    public <R> Slice<R> map(Function<? super T, ? extends R> convert) {
        return new Slice<>(items.stream().<R>map(convert).toList(), nextCursor);
    }
}

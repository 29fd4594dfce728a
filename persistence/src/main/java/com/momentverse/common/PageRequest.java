package com.momentverse.common;

/**
 * How much of a list to read, and from where: a limit of 1 to {@link #MAX_LIMIT} items
 * after an optional cursor. The bounds are checked here, once, for every list.
 *
 * @param limit  the number of items wanted
 * @param cursor the cursor of the previous page, or null for the first page
 */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}

package com.momentverse.moment;

import com.momentverse.common.Span;

import java.io.Serializable;

/**
 * Whether a span is free and, when it is not, the nearest free spans of the same length: the
 * latest that starts before it and the earliest that starts after it (null past the ends of the
 * range). Both are null when the span is free.
 */
public record Availability(Span asked, boolean available, Span nearestBefore, Span nearestAfter) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static Availability free(Span span) {
        return new Availability(span, true, null, null);
    }
}

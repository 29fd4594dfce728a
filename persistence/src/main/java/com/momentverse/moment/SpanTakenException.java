package com.momentverse.moment;

import com.momentverse.common.Span;
import jakarta.ejb.ApplicationException;

/**
 * The span overlaps an active moment: 409 {@code span-taken}, with the nearest free spans of the
 * same length before and after it (either may be null: past the ends of the range).
 */
@ApplicationException(rollback = true)
public class SpanTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Span asked;
    private final Span nearestBefore;
    private final Span nearestAfter;

    public SpanTakenException(Span asked, Span nearestBefore, Span nearestAfter) {
        super("span taken: " + asked);
        this.asked = asked;
        this.nearestBefore = nearestBefore;
        this.nearestAfter = nearestAfter;
    }

    public Span getAsked() {
        return asked;
    }

    public Span getNearestBefore() {
        return nearestBefore;
    }

    public Span getNearestAfter() {
        return nearestAfter;
    }
}

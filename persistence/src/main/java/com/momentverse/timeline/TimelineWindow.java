package com.momentverse.timeline;

import com.momentverse.common.Span;

import java.time.Instant;
import java.util.Optional;

/**
 * A window of the timeline: the moments whose start lies in {@code [from, to)}, in epoch seconds.
 * Moments start on whole seconds, so a window given with fractions of a second is the same as the
 * one from the next whole seconds.
 *
 * @param from the first second of the window
 * @param to   the second after it
 */
public record TimelineWindow(long from, long to) {

    /** The whole range of moments, 3300 BCE to 2100 CE. */
    public static final TimelineWindow ALL = new TimelineWindow(Span.MIN_START.getEpochSecond(),
            Span.MAX_END.getEpochSecond());

    public TimelineWindow {
        if (to <= from) {
            throw new IllegalArgumentException("an empty window: [" + from + ", " + to + ")");
        }
    }

    /** The window of moments starting at or after {@code from} and before {@code to}; {@code from < to}. */
    public static TimelineWindow of(Instant from, Instant to) {
        return new TimelineWindow(ceilSecond(from), ceilSecond(to));
    }

    /** The part of this window in the era, if they meet. */
    public Optional<TimelineWindow> within(Era era) {
        return within(era.start().getEpochSecond(), era.end().getEpochSecond());
    }

    /** The part of this window in {@code [start, end)}, if they meet. */
    public Optional<TimelineWindow> within(long start, long end) {
        long lo = Math.max(from, start);
        long hi = Math.min(to, end);
        return lo < hi ? Optional.of(new TimelineWindow(lo, hi)) : Optional.empty();
    }

    public Instant fromInstant() {
        return Instant.ofEpochSecond(from);
    }

    public Instant toInstant() {
        return Instant.ofEpochSecond(to);
    }

    static long ceilSecond(Instant instant) {
        return instant.getNano() == 0 ? instant.getEpochSecond() : instant.getEpochSecond() + 1;
    }
}

package com.momentverse.moment;

import com.momentverse.common.Span;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Answers whether a span is free, and where the nearest free spans are, from the database. */
@Stateless
public class AvailabilityService {

    @Inject
    MomentRepository moments;

    public Availability of(Span span) {
        if (moments.isFree(span)) {
            return Availability.free(span);
        }
        return new Availability(span, false,
                moments.nearestFreeBefore(span).orElse(null),
                moments.nearestFreeAfter(span).orElse(null));
    }

    /** The conflict to report for a span found taken: with the nearest free spans, read now. */
    public SpanTakenException taken(Span span) {
        return new SpanTakenException(span, moments.nearestFreeBefore(span).orElse(null),
                moments.nearestFreeAfter(span).orElse(null));
    }
}

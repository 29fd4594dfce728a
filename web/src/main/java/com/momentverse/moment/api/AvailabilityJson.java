package com.momentverse.moment.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import com.momentverse.moment.Availability;

/** {@code GET /api/v1/availability}: free or not, and the nearest free spans when not. */
@JsonbPropertyOrder({"available", "nearestBefore", "nearestAfter"})
public record AvailabilityJson(boolean available, SpanJson nearestBefore, SpanJson nearestAfter) {

    public static AvailabilityJson of(Availability availability) {
        return new AvailabilityJson(availability.available(), SpanJson.of(availability.nearestBefore()),
                SpanJson.of(availability.nearestAfter()));
    }
}

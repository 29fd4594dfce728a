package com.momentverse.web;

import com.momentverse.moment.api.SpanJson;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The {@code span-taken} problem: a {@link Problem} with the two members of the availability
 * answer, {@code nearestBefore} and {@code nearestAfter} (null past the ends of the range).
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "nearestBefore", "nearestAfter"})
public record SpanTakenProblem(String type, String title, int status, String detail, String instance,
                               SpanJson nearestBefore, SpanJson nearestAfter) {
}

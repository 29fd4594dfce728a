package com.momentverse.moment.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import com.momentverse.common.Span;

/** A span as the API writes it: ISO-8601 instants with astronomical years, half-open. */
@JsonbPropertyOrder({"start", "end"})
public record SpanJson(String start, String end) {

    /** The span's JSON form, or null for no span. */
    public static SpanJson of(Span span) {
        return span == null ? null : new SpanJson(span.start().toString(), span.end().toString());
    }
}

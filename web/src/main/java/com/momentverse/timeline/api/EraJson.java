package com.momentverse.timeline.api;

import com.momentverse.timeline.Era;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** An era as {@code GET /api/v1/eras} gives it: instants as the API writes them ({@code -0499-01-01T00:00:00Z}). */
@JsonbPropertyOrder({"id", "name", "start", "end"})
public record EraJson(String id, String name, String start, String end) {

    public static EraJson of(Era era) {
        return new EraJson(era.id(), era.displayName(), era.start().toString(), era.end().toString());
    }
}

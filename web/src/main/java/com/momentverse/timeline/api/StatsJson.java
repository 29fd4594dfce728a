package com.momentverse.timeline.api;

import com.momentverse.timeline.MomentSummary;
import com.momentverse.timeline.TimelineStats;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.UUID;

/** {@code GET /api/v1/stats}. */
@JsonbPropertyOrder({"confirmedMoments", "starsPaired", "starsFree", "earliest", "latest"})
public record StatsJson(long confirmedMoments, long starsPaired, long starsFree, Summary earliest, Summary latest) {

    /** A listed moment in a few words. */
    @JsonbPropertyOrder({"id", "title", "start", "end"})
    public record Summary(UUID id, String title, String start, String end) {

        static Summary of(MomentSummary moment) {
            return moment == null ? null : new Summary(moment.id(), moment.title(), moment.span().start().toString(),
                    moment.span().end().toString());
        }
    }

    public static StatsJson of(TimelineStats stats) {
        return new StatsJson(stats.counts().confirmedMoments(), stats.counts().starsPaired(), stats.counts().starsFree(),
                Summary.of(stats.earliest()), Summary.of(stats.latest()));
    }
}

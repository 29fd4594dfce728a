package com.momentverse.timeline.api;

import com.momentverse.timeline.TimelineService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/stats}: the public numbers of MomentVerse. */
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @EJB
    TimelineService timeline;

    @GET
    @Operation(summary = "Confirmed moments (all visibilities), stars paired and free, and the earliest and latest"
            + " listed moments; the counts may be up to mv.stats.cache-seconds old")
    public StatsJson stats() {
        return StatsJson.of(timeline.stats());
    }
}

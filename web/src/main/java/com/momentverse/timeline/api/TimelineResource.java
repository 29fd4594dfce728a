package com.momentverse.timeline.api;

import com.momentverse.common.Slice;
import com.momentverse.moment.api.MomentJson;
import com.momentverse.timeline.TimelineService;
import com.momentverse.web.ListParams;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.List;

/**
 * {@code /api/v1/timeline}: the listed moments (confirmed, public, not hidden) across the whole
 * range, as bucket counts at a scale and as a list in time order.
 */
@Path("timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @EJB
    TimelineService timeline;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("buckets")
    @Operation(summary = "Every bucket of the scale that the window touches (at most 1000), empty ones included, with"
            + " its listed moments; UTC, weeks start on Monday, decades to millennia on years divisible by 10 to 1000;"
            + " the first bucket may start before from and the last end after to")
    public List<BucketJson> buckets(
            @Parameter(description = "hour, day, week, month, year, decade, century or millennium") @QueryParam("scale") String scale,
            @BeanParam TimelineParams params) {
        TimelineParams.Buckets asked = params.toBuckets(scale);
        return timeline.buckets(asked.scale(), asked.query()).stream().map(BucketJson::of).toList();
    }

    @GET
    @Path("moments")
    @Operation(summary = "The listed moments that start in the window and match the filters, in time order (start, then id)")
    public Slice<MomentJson> moments(@BeanParam TimelineParams params, @Valid @BeanParam ListParams list) {
        return timeline.moments(caller.get(), params.toQuery(), list.toPageRequest()).map(MomentJson::of);
    }
}

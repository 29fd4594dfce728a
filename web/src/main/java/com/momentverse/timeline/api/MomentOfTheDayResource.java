package com.momentverse.timeline.api;

import com.momentverse.moment.api.MomentJson;
import com.momentverse.timeline.TimelineService;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/v1/moment-of-the-day}: today's (UTC) moment, the same for everyone all day. */
@Path("moment-of-the-day")
@Produces(MediaType.APPLICATION_JSON)
public class MomentOfTheDayResource {

    @EJB
    TimelineService timeline;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The listed moment with the most likes given during the previous UTC day, else one whose"
            + " anniversary (UTC month and day) is today; 204 when there is none")
    public Response momentOfTheDay() {
        return timeline.momentOfTheDay(caller.get()).map(moment -> Response.ok(MomentJson.of(moment)))
                .orElseGet(Response::noContent).build();
    }
}

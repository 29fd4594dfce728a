package com.momentverse.moment.api;

import com.momentverse.common.Span;
import com.momentverse.order.ClaimService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /api/v1/availability}: is a span free, and if not, the nearest free spans of its length. */
@Path("availability")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    @EJB
    ClaimService claims;

    @GET
    @Operation(summary = "Whether a span is free; if not, the nearest free spans of the same length before and after it")
    public AvailabilityJson availability(
            @Parameter(description = "First second, ISO-8601 UTC, e.g. -3299-03-15T12:00:00Z") @QueryParam("start") String start,
            @Parameter(description = "The second after the span") @QueryParam("end") String end) {
        return AvailabilityJson.of(claims.availability(Span.parse(start, end)));
    }
}

package com.momentverse.timeline.api;

import com.momentverse.timeline.Era;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Arrays;
import java.util.List;

/** {@code /api/v1/eras}: the seven eras of the timeline, in order, without gaps or overlaps. */
@Path("eras")
@Produces(MediaType.APPLICATION_JSON)
public class EraResource {

    private static final List<EraJson> ERAS = Arrays.stream(Era.values()).map(EraJson::of).toList();

    @GET
    @Operation(summary = "The eras: each from 1 January of its first year to where the next starts")
    public List<EraJson> eras() {
        return ERAS;
    }
}

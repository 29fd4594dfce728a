package com.momentverse.star.api;

import com.momentverse.common.Slice;
import com.momentverse.star.StarListing;
import com.momentverse.star.StarService;
import com.momentverse.web.ListParams;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /api/v1/stars}: search the catalogue brightest first, and read one star. */
@Path("stars")
@Produces(MediaType.APPLICATION_JSON)
public class StarResource {

    @EJB
    StarService stars;

    @GET
    @Operation(summary = "Search stars by name, designation, HIP number or constellation, brightest first")
    public Slice<StarJson> search(@Valid @BeanParam StarSearchParams search, @Valid @BeanParam ListParams list) {
        return stars.search(search.toQuery(), list.toPageRequest()).map(StarJson::of);
    }

    @GET
    @Path("random")
    @Operation(summary = "A random available star, optionally in a constellation and at least as bright as maxMagnitude")
    public StarJson random(@Valid @BeanParam RandomStarParams params) {
        return stars.random(params.constellation(), params.maxMagnitude()).map(StarJson::of)
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{hip: [0-9]{1,9}}")
    @Operation(summary = "One star by its Hipparcos number")
    public StarJson find(@Parameter(description = "Hipparcos catalogue number") @PathParam("hip") int hip) {
        return stars.find(hip).map(StarJson::of).orElseThrow(NotFoundException::new);
    }
}

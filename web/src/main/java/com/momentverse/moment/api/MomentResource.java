package com.momentverse.moment.api;

import com.momentverse.moment.MomentService;
import com.momentverse.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/**
 * {@code /api/v1/moments/{id}}: a moment, to whoever may see it (public and unlisted ones to all,
 * the rest to owner and administrators: {@link com.momentverse.moment.MomentAccess}); its owner
 * edits it.
 */
@Path("moments/{id: [0-9a-fA-F-]{36}}")
@Produces(MediaType.APPLICATION_JSON)
public class MomentResource {

    @EJB
    MomentService moments;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "A moment; private, held and released ones only to their owner and administrators")
    public MomentJson find(@PathParam("id") UUID id) {
        return MomentJson.of(moments.find(caller.get(), id));
    }

    @PATCH
    @RolesAllowed("USER")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the text (until the certificate is issued) or the visibility of one's moment")
    public MomentJson edit(@PathParam("id") UUID id, @NotNull MomentPatch patch) {
        return MomentJson.of(moments.edit(caller.get(), id, patch.toEdit()));
    }
}

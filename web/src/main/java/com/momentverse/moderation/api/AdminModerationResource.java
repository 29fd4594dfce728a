package com.momentverse.moderation.api;

import com.momentverse.moderation.ModerationService;
import com.momentverse.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/**
 * {@code POST /api/v1/admin/moments/{id}/hide} {@code {reason}} and {@code .../unhide}: the
 * moderation page's actions for API clients; 204, 409 {@code conflict} when already so.
 */
@Path("admin/moments/{id}")
@RolesAllowed("ADMIN")
public class AdminModerationResource {

    @EJB
    ModerationService moderation;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("hide")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hide a moment with a reason (mailed to its owner); it behaves as private for all but owner and admins")
    public void hide(@PathParam("id") UUID id, ReportResource.ReportRequest request) {
        moderation.hide(caller.get(), id, request == null ? null : request.reason());
    }

    @POST
    @Path("unhide")
    @Operation(summary = "Show a hidden moment again")
    public void unhide(@PathParam("id") UUID id) {
        moderation.unhide(caller.get(), id);
    }
}

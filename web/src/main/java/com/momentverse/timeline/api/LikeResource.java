package com.momentverse.timeline.api;

import com.momentverse.timeline.CommunityService;
import com.momentverse.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/**
 * {@code /api/v1/moments/{id}/like}: the signed-in person likes a confirmed moment they may see, or
 * takes the like back; both are idempotent. At most {@code mv.rate-limit.likes-per-minute} per
 * person (the rate-limit filter counts them).
 */
@Path("moments/{id: [0-9a-fA-F-]{36}}/like")
@RolesAllowed("USER")
@Produces(MediaType.APPLICATION_JSON)
public class LikeResource {

    @EJB
    CommunityService community;

    @Inject
    CurrentCaller caller;

    @PUT
    @Operation(summary = "Like the moment (once: liking again changes nothing)")
    public LikesJson like(@PathParam("id") UUID id) {
        return LikesJson.of(community.like(caller.get(), id));
    }

    @DELETE
    @Operation(summary = "Take one's like back (without one, nothing changes)")
    public LikesJson unlike(@PathParam("id") UUID id) {
        return LikesJson.of(community.unlike(caller.get(), id));
    }
}

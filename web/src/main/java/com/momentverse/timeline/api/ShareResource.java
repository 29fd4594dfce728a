package com.momentverse.timeline.api;

import com.momentverse.timeline.CommunityService;
import com.momentverse.timeline.ShareChannel;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** {@code /api/v1/moments/{id}/shares}: counts a share of a moment, by anyone who may see it. */
@Path("moments/{id: [0-9a-fA-F-]{36}}/shares")
public class ShareResource {

    @EJB
    CommunityService community;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Count a share of the moment from a share button: link, x, facebook, whatsapp or email")
    public void share(@PathParam("id") UUID id, @NotNull ShareRequest request) {
        community.share(caller.get(), id, ShareChannel.parse(request.channel()));
    }
}

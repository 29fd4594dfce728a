package com.momentverse.moderation.api;

import com.momentverse.moderation.ModerationService;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.UUID;

/** {@code POST /api/v1/moments/{id}/reports} {@code {reason}}: 204; anyone who can see the moment. */
@Path("moments/{id}/reports")
public class ReportResource {

    @EJB
    ModerationService moderation;

    @Inject
    CurrentCaller caller;

    /** The body. */
    public record ReportRequest(String reason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report a moment to the moderators (reason 1-500 characters)")
    public void report(@PathParam("id") UUID id, ReportRequest request) {
        moderation.report(caller.get(), id, request == null ? null : request.reason());
    }
}

package com.momentverse.certificate.api;

import com.momentverse.certificate.BulkRegeneration;
import com.momentverse.web.security.CurrentCaller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Bulk regeneration of certificates, a Jakarta Batch job: {@code POST /api/v1/admin/certificates/regenerate}
 * starts it (202 with its id), {@code GET /api/v1/admin/jobs/{jobId}} follows it,
 * {@code POST /api/v1/admin/jobs/{jobId}/restart} goes on with a stopped or failed one.
 */
@Path("admin")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AdminJobResource {

    @EJB
    BulkRegeneration bulk;

    @Inject
    CurrentCaller caller;

    @Context
    UriInfo uri;

    @POST
    @Path("certificates/regenerate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Regenerate every valid certificate, or those in a period or of one design, as a batch job")
    public Response regenerate(BulkRegenerationRequest request) {
        return start(request == null ? BulkRegenerationRequest.ALL : request);
    }

    /** The same without a body (or without a JSON one): every valid certificate. */
    @POST
    @Path("certificates/regenerate")
    public Response regenerateAll() {
        return start(BulkRegenerationRequest.ALL);
    }

    private Response start(BulkRegenerationRequest scope) {
        long jobId = bulk.start(caller.get(), scope.premium(), scope.from(), scope.before());
        return Response.accepted(new JobIdJson(jobId))
                .location(uri.getBaseUriBuilder().path("admin/jobs/{id}").build(jobId))
                .build();
    }

    @GET
    @Path("jobs/{jobId}")
    @Operation(summary = "A batch job's status (as Jakarta Batch names it) and how many of its items are done")
    public JobJson job(@PathParam("jobId") long jobId) {
        return JobJson.of(bulk.progress(jobId));
    }

    @POST
    @Path("jobs/{jobId}/restart")
    @Operation(summary = "Go on with a stopped or failed job where it stopped")
    public Response restart(@PathParam("jobId") long jobId) {
        bulk.restart(caller.get(), jobId);
        return Response.accepted(JobJson.of(bulk.progress(jobId))).build();
    }
}

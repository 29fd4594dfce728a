package com.momentverse.ops.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code GET /api/v1/ping}: 200 {@code {"status":"UP"}} without touching the database or
 * the session; a liveness probe on the public port and the baseline of benchmarks.
 */
@Path("ping")
public class PingResource {

    /** The answer never changes, so it is built once. */
    public record Pong(String status) {
    }

    private static final Pong UP = new Pong("UP");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Liveness on the public port; touches neither database nor session")
    public Pong ping() {
        return UP;
    }
}

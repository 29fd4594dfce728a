package com.momentverse.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness data for the shared cache (Redis behind the rate limits). Always UP: the limits
 * fail open when Redis is away, so a node keeps serving, and a Redis outage must not take
 * every node out of the load balancer. Operators read {@code reachable} in the data.
 */
@Readiness
@ApplicationScoped
public class CacheHealthCheck implements HealthCheck {

    @Inject
    CacheStatus cache;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("cache").up()
                .withData("backend", cache.backend())
                .withData("reachable", cache.reachable());
        if (cache.lastFailureAt() != null) {
            response.withData("lastFailureAt", cache.lastFailureAt().toString())
                    .withData("lastFailure", cache.lastFailure());
        }
        return response.build();
    }
}

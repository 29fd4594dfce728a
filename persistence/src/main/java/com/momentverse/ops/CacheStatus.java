package com.momentverse.ops;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * What the shared cache (Redis, behind the rate limits) last did: the web module's limiter
 * reports here, the readiness check reads it. Kept in lib/ so both see the one instance.
 */
@ApplicationScoped
public class CacheStatus {

    private volatile String backend = "in-process";
    private volatile boolean reachable = true;
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;

    /** Which store the rate limits use: "redis" or "in-process". */
    public void using(String store) {
        this.backend = store;
    }

    public void succeeded() {
        if (!reachable) {
            reachable = true;
        }
    }

    /** A failed call; only the exception's type is kept (messages can hold addresses). */
    public void failed(Throwable failure) {
        reachable = false;
        lastFailureAt = Instant.now();
        lastFailure = failure.getClass().getSimpleName();
    }

    public String backend() {
        return backend;
    }

    public boolean reachable() {
        return reachable;
    }

    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public String lastFailure() {
        return lastFailure;
    }
}

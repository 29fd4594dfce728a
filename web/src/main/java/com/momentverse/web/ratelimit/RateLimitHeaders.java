package com.momentverse.web.ratelimit;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers of the API contract for a rate-limit decision: {@code RateLimit-Limit},
 * {@code RateLimit-Remaining}, {@code RateLimit-Reset} (seconds from now until the bucket is full
 * again) on every counted answer, and {@code Retry-After} (seconds) on a refused one.
 */
public final class RateLimitHeaders {

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";
    public static final String RETRY_AFTER = "Retry-After";

    private RateLimitHeaders() {
    }

    /** Writes nothing for an uncounted decision: there are no true numbers to give. */
    public static void write(HttpServletResponse response, RateLimitDecision decision) {
        if (!decision.counted()) {
            return;
        }
        response.setHeader(LIMIT, Long.toString(decision.limit()));
        response.setHeader(REMAINING, Long.toString(decision.remaining()));
        response.setHeader(RESET, Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            response.setHeader(RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        }
    }
}

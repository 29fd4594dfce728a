package com.momentverse.web.ratelimit;

import io.github.bucket4j.ConsumptionProbe;

import java.util.concurrent.TimeUnit;

/**
 * What a rate limiter said about one request, in the units of the {@code RateLimit-*} headers.
 *
 * @param allowed           whether the request may go on
 * @param counted           whether the numbers below are real: {@code false} when the limiter
 *                          could not count (Redis unreachable) and let the request through
 * @param limit             the capacity of the limit ({@code RateLimit-Limit})
 * @param remaining         requests left right now ({@code RateLimit-Remaining})
 * @param resetSeconds      seconds until the bucket is full again, ≥ 0 ({@code RateLimit-Reset})
 * @param retryAfterSeconds for a refused request, seconds until one more is allowed, ≥ 1
 *                          ({@code Retry-After}); 0 for an allowed one
 */
public record RateLimitDecision(boolean allowed, boolean counted, long limit, long remaining,
                                long resetSeconds, long retryAfterSeconds) {

    /** Let through without counting: the answer of a limiter that could not ask its store. */
    public static RateLimitDecision uncounted() {
        return new RateLimitDecision(true, false, 0, 0, 0, 0);
    }

    /** Reads Bucket4j's answer; nanoseconds round up, so a client never comes back too early. */
    static RateLimitDecision of(RateLimit limit, ConsumptionProbe probe) {
        long reset = ceilSeconds(probe.getNanosToWaitForReset());
        if (probe.isConsumed()) {
            return new RateLimitDecision(true, true, limit.capacity(), probe.getRemainingTokens(), reset, 0);
        }
        long retryAfter = Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill()));
        return new RateLimitDecision(false, true, limit.capacity(), 0, Math.max(reset, retryAfter), retryAfter);
    }

    private static long ceilSeconds(long nanos) {
        if (nanos <= 0) {
            return 0;
        }
        long perSecond = TimeUnit.SECONDS.toNanos(1);
        return nanos / perSecond + (nanos % perSecond == 0 ? 0 : 1);
    }
}

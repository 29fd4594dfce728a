package com.momentverse.web.ratelimit;

/**
 * Takes one token from the bucket of a limit and a key ("api" and a client address, "likes" and
 * a user id). Injected as one application-wide bean (see {@link RateLimiterProducer}), so every
 * limit of the application shares the same store: in this process, or in Redis for all nodes.
 *
 * <p>Adding a limit needs no new code here: define a {@link RateLimit} (see {@link RateLimits})
 * and call {@link #tryAcquire} with it.
 */
public interface RateLimiter extends AutoCloseable {

    /**
     * Takes a token for {@code key} under {@code limit} if one is left.
     *
     * @throws RuntimeException when the store cannot be asked; the application's limiter is
     *         wrapped in {@link FailOpenRateLimiter}, which turns that into an allowed request
     */
    RateLimitDecision tryAcquire(RateLimit limit, String key);

    /** Releases connections; a limiter without any has nothing to do. */
    @Override
    default void close() {
    }
}

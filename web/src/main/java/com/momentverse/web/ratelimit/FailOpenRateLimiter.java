package com.momentverse.web.ratelimit;

import com.momentverse.ops.CacheStatus;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets a request through when the limiter behind it fails (Redis down, slow or refusing): rate
 * limits protect the API, so their store must never be what takes it down. The request is then
 * not counted ({@link RateLimitDecision#uncounted()}, answered without {@code RateLimit-*}
 * headers, since there is nothing true to say in them).
 *
 * <p>An outage fails every request, so the warning is logged at most once a minute (the throttle
 * is itself a token bucket); it names the failure, never a Redis URL or password.
 */
public final class FailOpenRateLimiter implements RateLimiter {

    private static final Logger LOG = Logger.getLogger(FailOpenRateLimiter.class);
    static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

    private final RateLimiter delegate;
    private final String store;
    private final Bucket warnings;
    private final AtomicLong warningsLogged = new AtomicLong();
    private final CacheStatus status;

    /** @param store what the delegate asks, for the log: "Redis at host:port" */
    public FailOpenRateLimiter(RateLimiter delegate, String store) {
        this(delegate, store, TimeMeter.SYSTEM_NANOTIME, new CacheStatus());
    }

    /** @param status where each outcome is reported, for the readiness check */
    public FailOpenRateLimiter(RateLimiter delegate, String store, CacheStatus status) {
        this(delegate, store, TimeMeter.SYSTEM_NANOTIME, status);
    }

    FailOpenRateLimiter(RateLimiter delegate, String store, TimeMeter clock) {
        this(delegate, store, clock, new CacheStatus());
    }

    private FailOpenRateLimiter(RateLimiter delegate, String store, TimeMeter clock, CacheStatus status) {
        this.delegate = delegate;
        this.store = store;
        this.status = status;
        this.warnings = Bucket.builder()
                .addLimit(limit -> limit.capacity(1).refillIntervally(1, WARNING_INTERVAL))
                .withCustomTimePrecision(clock)
                .build();
    }

    @Override
    public RateLimitDecision tryAcquire(RateLimit limit, String key) {
        try {
            RateLimitDecision decision = delegate.tryAcquire(limit, key);
            status.succeeded();
            return decision;
        } catch (RuntimeException e) {
            status.failed(e);
            if (warnings.tryConsume(1)) {
                warningsLogged.incrementAndGet();
                LOG.warnf("Rate limits are not enforced: %s failed (%s: %s). Requests are let through; "
                        + "this warning repeats at most once a minute while it lasts.",
                        store, e.getClass().getSimpleName(), e.getMessage());
            }
            return RateLimitDecision.uncounted();
        }
    }

    /** How many warnings this limiter has logged (to test the throttle). */
    long warningsLogged() {
        return warningsLogged.get();
    }

    @Override
    public void close() {
        delegate.close();
    }
}

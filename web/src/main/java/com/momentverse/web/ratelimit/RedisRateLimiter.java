package com.momentverse.web.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Buckets in Redis, shared by every node: two nodes that take tokens for the same limit and key
 * take them from one bucket (Bucket4j's compare-and-swap on a Redis key, through Lettuce).
 *
 * <p>One connection for the whole application, opened at the first request (so a Redis that is
 * down at deployment does not stop the deployment) and reopened by Lettuce when it drops.
 * Redis must never make a request wait long: connecting and every command time out after a
 * second at most, commands are refused at once while the connection is down, and after any
 * failure this limiter does not try Redis again for {@link #PAUSE_AFTER_FAILURE}, throwing at
 * once instead (its caller, {@link FailOpenRateLimiter}, lets the request through).
 *
 * <p>Keys are {@code mv:rate-limit:<limit>:<key>} and expire {@link #KEEP_AFTER_REFILL} after
 * their bucket would be full again, so idle clients leave nothing behind. Bucket4j computes a
 * bucket's state with the clock of the node that updates it: keep the nodes' clocks synchronised
 * (NTP), as for anything else.
 */
public final class RedisRateLimiter implements RateLimiter {

    static final String KEY_PREFIX = "mv:rate-limit:";
    static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(10);
    static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(RedisRateLimiter.class);

    private final String address;
    private final RedisClient client;
    private final Map<RateLimit, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    private final Object lock = new Object();

    private volatile ProxyManager<String> buckets;
    private StatefulRedisConnection<String, byte[]> connection;
    /** Not paused while {@code System.nanoTime()} is at or past it (nanoTime may be negative). */
    private volatile long pausedUntilNanos = System.nanoTime();
    private boolean closed;

    /** Parses nothing and connects to nothing yet: see {@link RedisUrls} for the URL. */
    public RedisRateLimiter(RedisURI uri) {
        this.address = RedisUrls.describe(uri);
        RedisURI withTimeout = RedisURI.builder(uri).withTimeout(COMMAND_TIMEOUT).build();
        this.client = RedisClient.create(withTimeout);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }

    @Override
    public RateLimitDecision tryAcquire(RateLimit limit, String key) {
        failIfPaused();
        ProxyManager<String> proxyManager = buckets();
        try {
            var bucket = proxyManager.builder().build(KEY_PREFIX + limit.name() + ':' + key,
                    () -> configurations.computeIfAbsent(limit, BucketConfigurations::of));
            return RateLimitDecision.of(limit, bucket.tryConsumeAndReturnRemaining(1));
        } catch (RuntimeException e) {
            pause();
            throw e;
        }
    }

    /** Where the buckets are, without credentials: {@code host:port}. */
    public String address() {
        return address;
    }

    private ProxyManager<String> buckets() {
        ProxyManager<String> current = buckets;
        if (current != null) {
            return current;
        }
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("The Redis rate limiter is closed");
            }
            if (buckets == null) {
                // Requests that queued here while another one's attempt failed do not try again.
                failIfPaused();
                try {
                    connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                } catch (RuntimeException e) {
                    pause();
                    throw e;
                }
                buckets = Bucket4jLettuce.casBasedBuilder(connection)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy
                                .basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                        .requestTimeout(COMMAND_TIMEOUT)
                        .build();
                LOG.infof("Rate limits are shared through Redis at %s", address);
            }
            return buckets;
        }
    }

    private void failIfPaused() {
        if (System.nanoTime() - pausedUntilNanos < 0) {
            throw new RedisUnavailableException("Redis at " + address + " failed a moment ago");
        }
    }

    /** Redis is left alone for a while: an established connection is meanwhile reopened by Lettuce. */
    private void pause() {
        pausedUntilNanos = System.nanoTime() + PAUSE_AFTER_FAILURE.toNanos();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            buckets = null;
            if (connection != null) {
                connection.close();
            }
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    /** Redis failed a moment ago; not tried again until the pause is over. */
    static final class RedisUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RedisUnavailableException(String message) {
            super(message, null, false, false);
        }
    }
}

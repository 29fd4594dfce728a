package com.momentverse.web.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Buckets in this process's memory, for one node without Redis. The buckets live in a map of at
 * most {@code maxBuckets} entries that forgets the least recently used one when full, so a flood
 * of new addresses costs a bounded amount of memory (at worst, an address forgotten under such a
 * flood starts again with a full bucket). Each node counts on its own: behind a load balancer,
 * configure Redis.
 */
public final class InProcessRateLimiter implements RateLimiter {

    /** About 30 MB at most: a bucket with its key and map entry takes a few hundred bytes. */
    public static final int DEFAULT_MAX_BUCKETS = 100_000;

    private final TimeMeter clock;
    private final Map<String, Bucket> buckets;

    public InProcessRateLimiter() {
        this(DEFAULT_MAX_BUCKETS, TimeMeter.SYSTEM_NANOTIME);
    }

    /** @param clock Bucket4j's time source; tests pass one they move by hand */
    InProcessRateLimiter(int maxBuckets, TimeMeter clock) {
        this.clock = clock;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxBuckets;
            }
        };
    }

    @Override
    public RateLimitDecision tryAcquire(RateLimit limit, String key) {
        return RateLimitDecision.of(limit, bucket(limit, key).tryConsumeAndReturnRemaining(1));
    }

    /** The map is locked only to find or add the bucket; buckets are thread-safe themselves. */
    private Bucket bucket(RateLimit limit, String key) {
        String id = limit.name() + ':' + key;
        synchronized (buckets) {
            return buckets.computeIfAbsent(id, ignored -> Bucket.builder()
                    .addLimit(BucketConfigurations.bandwidth(limit))
                    .withCustomTimePrecision(clock)
                    .build());
        }
    }

    /** How many buckets are kept now (for tests of the bound). */
    int bucketCount() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}

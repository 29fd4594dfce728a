package com.momentverse.web.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;

/**
 * The one translation of a {@link RateLimit} into Bucket4j terms, so that the in-process and the
 * Redis buckets behave the same: a full bucket at first, refilled greedily (token by token,
 * evenly over the period) rather than all at once at the period's end, which would let a client
 * send twice the capacity around the boundary.
 */
final class BucketConfigurations {

    private BucketConfigurations() {
    }

    static Bandwidth bandwidth(RateLimit limit) {
        return Bandwidth.builder()
                .capacity(limit.capacity())
                .refillGreedy(limit.capacity(), limit.period())
                .build();
    }

    static BucketConfiguration of(RateLimit limit) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
    }
}

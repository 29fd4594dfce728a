package com.momentverse.web.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class InProcessRateLimiterTest {

    private final ManualClock clock = new ManualClock();
    private final InProcessRateLimiter limiter = new InProcessRateLimiter(1000, clock);
    private final RateLimit fivePerMinute = RateLimit.perMinute("test", 5);

    @Test
    void allowsExactlyTheCapacityThenRefuses() {
        for (int i = 1; i <= 5; i++) {
            RateLimitDecision decision = limiter.tryAcquire(fivePerMinute, "a");
            assertThat(decision.allowed()).as("request %d", i).isTrue();
            assertThat(decision.counted()).isTrue();
            assertThat(decision.limit()).isEqualTo(5);
            assertThat(decision.remaining()).isEqualTo(5 - i);
            // One token comes back every 12 s: the bucket is full again 12 s per token taken.
            assertThat(decision.resetSeconds()).isEqualTo(12L * i);
            assertThat(decision.retryAfterSeconds()).isZero();
        }

        RateLimitDecision refused = limiter.tryAcquire(fivePerMinute, "a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(12);
        assertThat(refused.resetSeconds()).isEqualTo(60);
    }

    @Test
    void tokensComeBackOverThePeriod() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire(fivePerMinute, "a");
        }
        clock.advance(Duration.ofSeconds(11));
        RateLimitDecision early = limiter.tryAcquire(fivePerMinute, "a");
        assertThat(early.allowed()).isFalse();
        assertThat(early.retryAfterSeconds()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(fivePerMinute, "a").allowed()).isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire(fivePerMinute, "a").remaining()).isEqualTo(4);
    }

    @Test
    void keysAndLimitsHaveTheirOwnBuckets() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire(fivePerMinute, "a");
        }

        assertThat(limiter.tryAcquire(fivePerMinute, "a").allowed()).isFalse();
        assertThat(limiter.tryAcquire(fivePerMinute, "b").allowed()).isTrue();
        assertThat(limiter.tryAcquire(RateLimit.perMinute("other", 5), "a").allowed()).isTrue();
    }

    @Test
    void keepsAtMostTheGivenNumberOfBucketsForgettingTheLeastRecentlyUsed() {
        InProcessRateLimiter small = new InProcessRateLimiter(3, clock);
        RateLimit one = RateLimit.perHour("one", 1);
        small.tryAcquire(one, "a");
        small.tryAcquire(one, "b");
        small.tryAcquire(one, "c");
        assertThat(small.tryAcquire(one, "a").allowed()).isFalse(); // "a" is now the most recent

        small.tryAcquire(one, "d"); // pushes out "b", the least recently used

        assertThat(small.bucketCount()).isEqualTo(3);
        assertThat(small.tryAcquire(one, "a").allowed()).as("a is remembered").isFalse();
        assertThat(small.tryAcquire(one, "b").allowed()).as("b was forgotten").isTrue();
    }

    @Test
    void theDefaultBoundIsAHundredThousandBuckets() {
        assertThat(InProcessRateLimiter.DEFAULT_MAX_BUCKETS).isEqualTo(100_000);
    }
}

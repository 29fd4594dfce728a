package com.momentverse.web.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class FailOpenRateLimiterTest {

    private final ManualClock clock = new ManualClock();
    private final RateLimit api = RateLimit.perMinute("api", 200);

    @Test
    void letsRequestsThroughUncountedWhenTheStoreFails() {
        FailOpenRateLimiter limiter = new FailOpenRateLimiter(failing(), "Redis at test:6379", clock);

        RateLimitDecision decision = limiter.tryAcquire(api, "203.0.113.7");

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.counted()).isFalse();
    }

    @Test
    void warnsAtMostOnceAMinute() {
        FailOpenRateLimiter limiter = new FailOpenRateLimiter(failing(), "Redis at test:6379", clock);

        for (int i = 0; i < 100; i++) {
            limiter.tryAcquire(api, "203.0.113.7");
        }
        assertThat(limiter.warningsLogged()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(59));
        limiter.tryAcquire(api, "203.0.113.7");
        assertThat(limiter.warningsLogged()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        limiter.tryAcquire(api, "203.0.113.7");
        limiter.tryAcquire(api, "203.0.113.7");
        assertThat(limiter.warningsLogged()).isEqualTo(2);
    }

    @Test
    void passesAnswersOfAWorkingStoreOn() {
        FailOpenRateLimiter limiter = new FailOpenRateLimiter(
                new InProcessRateLimiter(10, clock), "the in-process limiter", clock);

        assertThat(limiter.tryAcquire(RateLimit.perHour("one", 1), "k").allowed()).isTrue();
        assertThat(limiter.tryAcquire(RateLimit.perHour("one", 1), "k").allowed()).isFalse();
        assertThat(limiter.warningsLogged()).isZero();
    }

    @Test
    void anUnreachableRedisLetsRequestsThroughAtOnce() {
        // Port 1 on this machine: nothing listens, the connection is refused.
        RedisRateLimiter redis = new RedisRateLimiter(RedisUrls.parse("redis://127.0.0.1:1"));
        try (FailOpenRateLimiter limiter = new FailOpenRateLimiter(redis, "Redis at " + redis.address())) {
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                assertThat(limiter.tryAcquire(api, "203.0.113.7")).isEqualTo(RateLimitDecision.uncounted());
            }
            // One failed connection attempt, then the pause: no request waits for Redis again.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(limiter.warningsLogged()).isEqualTo(1);
        }
    }

    private static RateLimiter failing() {
        return (limit, key) -> {
            throw new IllegalStateException("connection refused");
        };
    }
}

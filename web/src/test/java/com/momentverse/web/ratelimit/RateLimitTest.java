package com.momentverse.web.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitTest {

    @Test
    void describesItselfForPeople() {
        assertThat(RateLimit.perMinute("api", 200).describe()).isEqualTo("200 per minute");
        assertThat(RateLimit.perHour("register", 5).describe()).isEqualTo("5 per hour");
        assertThat(new RateLimit("x", 3, Duration.ofSeconds(10)).describe()).isEqualTo("3 per 10 seconds");
    }

    @Test
    void refusesWhatCannotBeALimit() {
        assertThatThrownBy(() -> RateLimit.perMinute("api", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("api", 1, Duration.ofMillis(10))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.perMinute("a:b", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RateLimit.perMinute("", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConfiguredLimitsAreTheOnesOfTheContract() {
        RateLimits limits = RateLimits.of(true, 200, 5, 60);

        assertThat(limits.api()).isEqualTo(new RateLimit("api", 200, Duration.ofMinutes(1)));
        assertThat(limits.register()).isEqualTo(new RateLimit("register", 5, Duration.ofHours(1)));
        assertThat(limits.likes()).isEqualTo(new RateLimit("likes", 60, Duration.ofMinutes(1)));
        assertThat(limits.enabled()).isTrue();
        assertThat(RateLimits.of(false, 200, 5, 60).enabled()).isFalse();
    }

    @Test
    void theSwitchIsOnOrOff() {
        RateLimits limits = new RateLimits();
        limits.enabledSetting = "maybe";
        limits.apiPerMinute = 1;
        limits.registerPerHour = 1;
        limits.likesPerMinute = 1;
        limits.reportsPerHour = 1;

        assertThatThrownBy(limits::init).hasMessageContaining("on or off");
        limits.enabledSetting = " OFF ";
        limits.init();
        assertThat(limits.enabled()).isFalse();
    }
}

package com.momentverse.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void delaysDoubleFromTheBaseUpToTheCap() {
        assertThat(backoff.delayAfter(1)).hasSeconds(30);
        assertThat(backoff.delayAfter(2)).hasSeconds(60);
        assertThat(backoff.delayAfter(3)).hasSeconds(120);
        assertThat(backoff.delayAfter(7)).hasSeconds(1920);
        assertThat(backoff.delayAfter(8)).hasSeconds(3600);
        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).as("no overflow").hasSeconds(3600);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

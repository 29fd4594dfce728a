package com.momentverse.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * Exponential backoff between attempts to send one mail: the first retry waits {@code base},
 * each later one twice as long as the one before, never longer than {@code max}. Waiting
 * longer after each failure keeps a mail server that refuses a message from being asked
 * every few seconds, while a short outage still delays mail only by the base delay.
 *
 * @param base the delay after the first failed attempt; positive
 * @param max  the longest delay; at least {@code base}
 */
public record RetryBackoff(Duration base, Duration max) {

    public RetryBackoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("The base delay must be positive: " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("The longest delay " + max + " is shorter than the base " + base);
        }
    }

    /**
     * How long to wait after the given number of failed attempts.
     *
     * @param failedAttempts the attempts that failed so far, at least 1
     * @return {@code base * 2^(failedAttempts - 1)}, at most {@code max}
     */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("No attempt has failed yet: " + failedAttempts);
        }
        Duration delay = base;
        // Stops doubling once the cap is reached, so no attempt count can overflow the Duration.
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}

package com.momentverse.web.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One rate limit: at most {@code capacity} requests per {@code period} for each key it is applied
 * to. Tokens come back evenly over the period (a bucket of 200 per minute gains one every 0.3 s),
 * so a client that waits a little may go on, and one that waits a whole period has the full
 * capacity again.
 *
 * @param name     short and stable: it is part of the Redis key, so buckets of different limits
 *                 never mix (lower-case letters, digits and dashes)
 * @param capacity the number of requests allowed per period (≥ 1)
 * @param period   how long a full bucket takes to refill from empty (≥ 1 s)
 */
public record RateLimit(String name, long capacity, Duration period) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,32}");

    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A rate limit's name is 1 to 32 of [a-z0-9-]: " + name);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("The rate limit " + name + " needs a capacity of at least 1");
        }
        if (period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("The rate limit " + name + " needs a period of at least 1 s");
        }
    }

    public static RateLimit perMinute(String name, long capacity) {
        return new RateLimit(name, capacity, Duration.ofMinutes(1));
    }

    public static RateLimit perHour(String name, long capacity) {
        return new RateLimit(name, capacity, Duration.ofHours(1));
    }

    /** "200 per minute", as a person reads it in a problem's detail. */
    public String describe() {
        String unit;
        if (period.equals(Duration.ofMinutes(1))) {
            unit = "minute";
        } else if (period.equals(Duration.ofHours(1))) {
            unit = "hour";
        } else if (period.equals(Duration.ofDays(1))) {
            unit = "day";
        } else {
            unit = period.toSeconds() + " seconds";
        }
        return capacity + " per " + unit;
    }
}

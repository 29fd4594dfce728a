package com.momentverse.common;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random inputs for the property tests: seeded, so a failure can be replayed exactly
 * (every assertion names its seed and try), and biased towards the edges, where bugs live:
 * the first and last seconds of the range and the shortest and longest spans come up often.
 *
 * <p>The seed is fixed so that the build is repeatable; run with
 * {@code -Dmv.samples.seed=<number>} to explore other inputs.
 */
public final class Samples {

    /** How many inputs each property is checked with. */
    public static final int TRIES = 1000;

    public static final long MIN = Span.MIN_START.getEpochSecond();
    public static final long MAX = Span.MAX_END.getEpochSecond();
    public static final long DAY = 86_400;

    private static final long BASE_SEED = Long.getLong("mv.samples.seed", 20_261_125L);
    private static final List<String> ZONES = TimeZones.ids();

    private final SplittableRandom random;

    /** Samples for one property; each property gets its own sequence. */
    public Samples(String property) {
        this.random = new SplittableRandom(BASE_SEED ^ property.hashCode());
    }

    /** Names an input in an assertion, so that a failure says how to replay it. */
    public String describe(int attempt, Object... inputs) {
        return "try " + attempt + " of seed " + BASE_SEED + ": " + Arrays.toString(inputs);
    }

    /** A valid span: anywhere in the range, 1 second to 24 hours long. */
    public Span span() {
        long start = startSecond();
        long longest = Math.min(DAY, MAX - start);
        long length = switch (random.nextInt(10)) {
            case 0 -> 1;
            case 1 -> longest;
            default -> random.nextLong(1, longest + 1);
        };
        return Span.ofEpochSeconds(start, start + length);
    }

    /** A span starting within two days of another, so that pairs often overlap or touch. */
    public Span near(Span other) {
        long start = clamp(other.startEpochSecond() + random.nextLong(-2 * DAY, 2 * DAY + 1), MIN, MAX - 1);
        if (random.nextInt(8) == 0) {
            start = clamp(other.endEpochSecond(), MIN, MAX - 1);
        }
        long length = random.nextLong(1, Math.min(DAY, MAX - start) + 1);
        return Span.ofEpochSeconds(start, start + length);
    }

    /** An instant in the range, whole seconds or not. */
    public Instant instantInRange() {
        long second = switch (random.nextInt(10)) {
            case 0 -> MIN;
            case 1 -> MAX - 1;
            default -> random.nextLong(MIN, MAX);
        };
        return Instant.ofEpochSecond(second, random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
    }

    /** Any long, often near the limits of a span and near the limits of long. */
    public long anySecond() {
        return switch (random.nextInt(8)) {
            case 0 -> MIN + random.nextLong(-2, 3);
            case 1 -> MAX + random.nextLong(-2, 3);
            case 2 -> random.nextBoolean() ? Long.MIN_VALUE + random.nextLong(3) : Long.MAX_VALUE - random.nextLong(3);
            case 3 -> random.nextLong();
            default -> random.nextLong(MIN - DAY, MAX + DAY);
        };
    }

    /** A second near another, so that pairs are often a valid span or just not. */
    public long secondNear(long other) {
        if (random.nextInt(4) == 0) {
            return anySecond();
        }
        long distance = random.nextInt(3) == 0 ? DAY + random.nextLong(-2, 3) : random.nextLong(-2, DAY + 3);
        long near = other + distance;
        boolean overflowed = (distance > 0) != (near > other);
        return overflowed ? other : near;
    }

    /** Any zone a person can pick. */
    public ZoneId zone() {
        return ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
    }

    private long startSecond() {
        return switch (random.nextInt(10)) {
            case 0 -> MIN;
            case 1 -> MAX - 1;
            case 2 -> MAX - DAY + random.nextLong(-2, 3);
            default -> random.nextLong(MIN, MAX);
        };
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }
}

package com.momentverse.timeline;

import com.momentverse.common.CalendarKeys;
import com.momentverse.common.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sizes of the timeline's buckets, all in UTC. Hours and days are plain multiples of seconds;
 * weeks start on Monday at 00:00; months start on the 1st; years on 1 January; decades, centuries
 * and millennia on 1 January of an astronomical year divisible by 10, 100 or 1000 (year 0, which is
 * 1 BCE, starts one; so the century before it starts in year -100, 101 BCE).
 *
 * <p>A bucket is known by its first second; {@link #floor(long)} gives the bucket an instant lies
 * in, {@link #next(long)} the one after. The first four are fixed lengths of seconds; the others
 * are whole months, counted with {@link CalendarKeys month indexes}, so that the database groups
 * them with integer arithmetic alone.
 */
public enum Scale {

    HOUR(3_600, 0),
    DAY(86_400, 0),
    WEEK(7 * 86_400, 0),
    MONTH(0, 1),
    YEAR(0, 12),
    DECADE(0, 120),
    CENTURY(0, 1_200),
    MILLENNIUM(0, 12_000);

    /** The field a scale is given in. */
    public static final String FIELD = "scale";

    /** 1969-12-29T00:00:00Z, a Monday: weeks are counted from it. */
    private static final long A_MONDAY = -3 * 86_400L;

    private final long seconds;
    private final int months;

    Scale(long seconds, int months) {
        this.seconds = seconds;
        this.months = months;
    }

    /** The scale's name in the API: "hour", "millennium". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether buckets are a fixed number of seconds (hour, day, week) rather than of months. */
    public boolean isFixed() {
        return seconds > 0;
    }

    /** The length of a bucket in seconds, for {@link #isFixed() fixed} scales. */
    public long seconds() {
        return seconds;
    }

    /** The length of a bucket in months, for scales that are not {@link #isFixed() fixed}. */
    public int months() {
        return months;
    }

    /** Where fixed buckets are counted from: the epoch, or a Monday for weeks. */
    public long origin() {
        return this == WEEK ? A_MONDAY : 0;
    }

    /** The first second of the bucket the second lies in. */
    public long floor(long epochSecond) {
        if (isFixed()) {
            return Math.floorDiv(epochSecond - origin(), seconds) * seconds + origin();
        }
        return CalendarKeys.monthStart(floorMonth(CalendarKeys.monthIndex(epochSecond)));
    }

    /** The first month (index) of the bucket the month lies in. */
    public int floorMonth(int monthIndex) {
        return Math.floorDiv(monthIndex, months) * months;
    }

    /** The first second of the bucket after the one that starts at {@code bucketStart}. */
    public long next(long bucketStart) {
        if (isFixed()) {
            return bucketStart + seconds;
        }
        return CalendarKeys.monthStart(CalendarKeys.monthIndex(bucketStart) + months);
    }

    /**
     * The scale a client named ("decade", case ignored).
     *
     * @throws InvalidInputException for field {@value #FIELD} when missing or unknown
     */
    public static Scale parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(FIELD, "REQUIRED", "is required");
        }
        return Arrays.stream(values()).filter(scale -> scale.id().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException(FIELD, "INVALID", "must be one of "
                        + Arrays.stream(values()).map(Scale::id).collect(Collectors.joining(", "))));
    }
}

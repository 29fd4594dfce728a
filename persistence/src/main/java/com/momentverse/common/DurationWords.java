package com.momentverse.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A length of time in English words, as certificates and e-mails write it: "1 second",
 * "1 minute 30 seconds", "2 hours 5 minutes", "24 hours". Parts that are zero are left
 * out ("1 hour 5 seconds", never "1 hour 0 minutes 5 seconds").
 */
public final class DurationWords {

    private DurationWords() {
    }

    /**
     * The words for a whole number of seconds ("0 seconds" for none).
     *
     * @throws IllegalArgumentException for a negative number
     */
    public static String of(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("a length of time cannot be negative: " + seconds);
        }
        if (seconds == 0) {
            return "0 seconds";
        }
        List<String> parts = new ArrayList<>(3);
        add(parts, seconds / 3600, "hour");
        add(parts, seconds % 3600 / 60, "minute");
        add(parts, seconds % 60, "second");
        return String.join(" ", parts);
    }

    /** The words for a duration, to the second (a fraction of a second is dropped). */
    public static String of(Duration duration) {
        return of(duration.getSeconds());
    }

    private static void add(List<String> parts, long count, String unit) {
        if (count == 1) {
            parts.add("1 " + unit);
        } else if (count > 1) {
            parts.add(count + " " + unit + 's');
        }
    }
}

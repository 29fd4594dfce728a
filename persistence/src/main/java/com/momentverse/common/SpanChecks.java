package com.momentverse.common;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The rules of a span, each written once, collecting every broken rule (not only the first)
 * so a person can fix all of them in one go. Works on epoch seconds, where the limits are
 * plain numbers; nothing here can overflow, whatever longs it is given.
 */
final class SpanChecks {

    static final String START = "start";
    static final String END = "end";
    static final String DURATION = "duration";

    private static final long MIN_START = Span.MIN_START.getEpochSecond();
    private static final long MAX_END = Span.MAX_END.getEpochSecond();
    private static final long MAX_SECONDS = Span.MAX_LENGTH.getSeconds();

    private static final String REQUIRED = "is required";
    private static final String WHOLE_SECONDS = "must be a whole second, without a fraction of a second";
    private static final String FIRST = HistoricDates.utc(Span.MIN_START);
    private static final String LAST = HistoricDates.utc(Span.MAX_END);
    private static final String LONGEST = DurationWords.of(Span.MAX_LENGTH);
    private static final String SHORTEST = DurationWords.of(Span.MIN_LENGTH);

    private SpanChecks() {
    }

    /** A missing value. */
    static void required(String field, List<FieldError> errors) {
        errors.add(SpanRule.REQUIRED.on(field, REQUIRED));
    }

    /** An instant given as the start or end of a span: present, whole seconds. */
    static boolean instant(String field, Instant instant, List<FieldError> errors) {
        if (instant == null) {
            required(field, errors);
            return false;
        }
        if (instant.getNano() != 0) {
            errors.add(SpanRule.NOT_WHOLE_SECONDS.on(field, WHOLE_SECONDS));
        }
        return true;
    }

    /** A wall-clock start (see {@link Span#inZone}): present, whole seconds. */
    static boolean localStart(LocalDateTime localStart, List<FieldError> errors) {
        if (localStart == null) {
            required(START, errors);
            return false;
        }
        if (localStart.getNano() != 0) {
            errors.add(SpanRule.NOT_WHOLE_SECONDS.on(START, WHOLE_SECONDS));
        }
        return true;
    }

    /** The zone a wall-clock start is read in. */
    static boolean zone(ZoneId zone, List<FieldError> errors) {
        if (zone == null) {
            required(TimeZones.FIELD, errors);
            return false;
        }
        return true;
    }

    /** A start leaves at least one second of the range after it. */
    static void start(long start, List<FieldError> errors) {
        if (start < MIN_START) {
            errors.add(SpanRule.BEFORE_RANGE.on(START, "must be on or after " + FIRST));
        } else if (start >= MAX_END) {
            errors.add(SpanRule.AFTER_RANGE.on(START, "must be before " + LAST));
        }
    }

    /** An end leaves at least one second of the range before it. */
    static void end(long end, List<FieldError> errors) {
        if (end > MAX_END) {
            errors.add(SpanRule.AFTER_RANGE.on(END, "must be on or before " + LAST));
        } else if (end <= MIN_START) {
            errors.add(SpanRule.BEFORE_RANGE.on(END, "must be after " + FIRST));
        }
    }

    /** The end is 1 second to 24 hours after the start. */
    static void length(long start, long end, List<FieldError> errors) {
        if (end <= start) {
            errors.add(SpanRule.END_NOT_AFTER_START.on(END, "must be after the start"));
        } else if (longerThanMax(start, end)) {
            errors.add(SpanRule.TOO_LONG.on(END, "must be at most " + LONGEST + " after the start"));
        }
    }

    /** Every rule of a span given by its two epoch seconds. */
    static void span(long start, long end, List<FieldError> errors) {
        start(start, errors);
        end(end, errors);
        length(start, end, errors);
    }

    /** A length given on its own (a span picked as a start and a duration). */
    static boolean duration(Duration duration, List<FieldError> errors) {
        if (duration == null) {
            required(DURATION, errors);
            return false;
        }
        if (duration.getNano() != 0) {
            errors.add(SpanRule.NOT_WHOLE_SECONDS.on(DURATION, WHOLE_SECONDS));
            return false;
        }
        if (duration.compareTo(Span.MIN_LENGTH) < 0) {
            errors.add(SpanRule.TOO_SHORT.on(DURATION, "must be at least " + SHORTEST));
            return false;
        }
        if (duration.compareTo(Span.MAX_LENGTH) > 0) {
            errors.add(SpanRule.TOO_LONG.on(DURATION, "must be at most " + LONGEST));
            return false;
        }
        return true;
    }

    /**
     * Whether end - start exceeds the maximum, for end &gt; start. The difference of two
     * longs can overflow; as end &gt; start it is positive, so a wrapped (negative) result
     * means it is far too long.
     */
    private static boolean longerThanMax(long start, long end) {
        long seconds = end - start;
        return seconds < 0 || seconds > MAX_SECONDS;
    }
}

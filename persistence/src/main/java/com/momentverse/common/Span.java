package com.momentverse.common;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The span of a moment: the half-open interval {@code [start, end)} of UTC instants, in
 * whole seconds, 1 second to 24 hours long, every second of it between 1 January 3300 BCE
 * and the end of 2100 CE ({@link #MIN_START} &le; start, end &le; {@link #MAX_END}).
 *
 * <p>A span that exists is valid: every way to make one ({@link #of}, {@link #ofEpochSeconds},
 * {@link #inZone}, {@link #parse}, the canonical constructor, and deserialization, which
 * goes through it) checks all its rules and throws an {@link InvalidSpanException} listing
 * every broken one, each with a stable {@link SpanRule} code, the field at fault
 * ({@code start}, {@code end}; {@code timeZone} and {@code duration} for {@link #inZone}) and
 * a message a person can read. So code that holds a {@code Span} never checks it again.
 *
 * <p>It is stored as epoch seconds, the form of the database columns and the cheapest to
 * compare. Dates are on the proleptic Gregorian calendar with astronomical year numbering
 * (year 0 is 1 BCE), which is what {@link Instant} and {@link Instant#toString()} use; only
 * java.time is used, never {@code java.util.Date}, {@code Calendar} or {@code Timestamp},
 * which switch to the Julian calendar before 1582. The API writes the ends as
 * {@link Instant#toString()} does ({@code -3299-03-15T12:00:00Z}); people read them through
 * {@link #formatUtc()} and {@link #format(ZoneId)}, with BCE or CE on every year.
 *
 * @param startEpochSecond the first second of the span, in seconds since 1970-01-01T00:00:00Z
 * @param endEpochSecond   the second just after the span
 */
public record Span(long startEpochSecond, long endEpochSecond) implements Serializable {

    /** The earliest start: 1 January 3300 BCE, 00:00:00 UTC. */
    public static final Instant MIN_START = Instant.parse("-3299-01-01T00:00:00Z");
    /** The latest end: 1 January 2101 CE, 00:00:00 UTC (the last second is in 2100). */
    public static final Instant MAX_END = Instant.parse("2101-01-01T00:00:00Z");
    /** The shortest span. */
    public static final Duration MIN_LENGTH = Duration.ofSeconds(1);
    /** The longest span. */
    public static final Duration MAX_LENGTH = Duration.ofHours(24);

    private static final long serialVersionUID = 1L;

    /**
     * A span from epoch seconds, as {@link #ofEpochSeconds(long, long)}.
     *
     * @throws InvalidSpanException when any rule is broken
     */
    public Span {
        List<FieldError> errors = new ArrayList<>(3);
        SpanChecks.span(startEpochSecond, endEpochSecond, errors);
        throwIfAny(errors);
    }

    /**
     * The span from {@code start} (included) to {@code end} (excluded).
     *
     * @throws InvalidSpanException when an instant is missing or has a fraction of a second,
     *                              the end is not after the start, the span is longer than
     *                              24 hours, or it leaves the range
     */
    public static Span of(Instant start, Instant end) {
        List<FieldError> errors = new ArrayList<>(4);
        boolean hasStart = SpanChecks.instant(SpanChecks.START, start, errors);
        boolean hasEnd = SpanChecks.instant(SpanChecks.END, end, errors);
        if (hasStart) {
            SpanChecks.start(start.getEpochSecond(), errors);
        }
        if (hasEnd) {
            SpanChecks.end(end.getEpochSecond(), errors);
        }
        if (hasStart && hasEnd) {
            SpanChecks.length(start.getEpochSecond(), end.getEpochSecond(), errors);
        }
        throwIfAny(errors);
        return new Span(start.getEpochSecond(), end.getEpochSecond());
    }

    /**
     * The span between two epoch seconds (seconds since 1970-01-01T00:00:00Z), start
     * included, end excluded: the form the database stores.
     *
     * @throws InvalidSpanException when the end is not after the start, the span is longer
     *                              than 24 hours, or it leaves the range
     */
    public static Span ofEpochSeconds(long startEpochSecond, long endEpochSecond) {
        return new Span(startEpochSecond, endEpochSecond);
    }

    /**
     * The span a person picks in their own time zone: it starts at {@code localStart} on
     * the wall clock of {@code zone} and lasts {@code length}.
     *
     * <p>Wall-clock times that do not exist or exist twice are resolved as java.time does
     * by default ({@link ZonedDateTime#ofLocal} without a preferred offset):
     * <ul>
     * <li>in a gap (clocks jump forward), the time is moved forward by the length of the
     *     gap: 02:30 on 29 March 2026 in Europe/Berlin, which never happened, starts the
     *     span at 03:30 CEST (01:30 UTC);</li>
     * <li>in an overlap (clocks go back), the earlier of the two offsets is used, i.e. the
     *     first time the wall clock shows it: 02:30 on 25 October 2026 in Europe/Berlin
     *     starts the span at 02:30 CEST (00:30 UTC), not an hour later at 02:30 CET.</li>
     * </ul>
     * The length is elapsed time, so a 1-hour span across a change of offset ends one real
     * hour later, whatever the wall clock then shows. Before a zone's first recorded
     * transition the zone's earliest rule (usually local mean time) applies.
     *
     * @param localStart the start as the person's clock shows it, in whole seconds
     * @param zone       the person's time zone (see {@link TimeZones#parse(String)})
     * @param length     1 second to 24 hours, in whole seconds
     * @throws InvalidSpanException for fields {@code start} and {@code end} as {@link #of},
     *                              {@code timeZone} when the zone is missing, and
     *                              {@code duration} when the length is missing, not whole
     *                              seconds, not positive or longer than 24 hours
     */
    public static Span inZone(LocalDateTime localStart, ZoneId zone, Duration length) {
        List<FieldError> errors = new ArrayList<>(4);
        boolean hasStart = SpanChecks.localStart(localStart, errors);
        boolean hasZone = SpanChecks.zone(zone, errors);
        boolean hasLength = SpanChecks.duration(length, errors);
        long start = 0;
        if (hasStart && hasZone) {
            start = ZonedDateTime.ofLocal(localStart.truncatedTo(ChronoUnit.SECONDS), zone, null).toEpochSecond();
            SpanChecks.start(start, errors);
            if (hasLength) {
                SpanChecks.end(start + length.getSeconds(), errors);
            }
        }
        // Without errors every input is present and valid, so start and length are known.
        throwIfAny(errors);
        return new Span(start, start + length.getSeconds());
    }

    /**
     * The span between two ISO-8601 instants as the API writes them
     * ({@code -3299-03-15T12:00:00Z}, see {@link #parseInstant}).
     *
     * @throws InvalidSpanException when a text is missing or not an instant (code
     *                              {@code REQUIRED} or {@code INVALID}), or the span breaks
     *                              a rule of {@link #of}
     */
    public static Span parse(String startText, String endText) {
        List<FieldError> errors = new ArrayList<>(2);
        Instant start = readInstant(SpanChecks.START, startText, errors);
        Instant end = readInstant(SpanChecks.END, endText, errors);
        throwIfAny(errors);
        return of(start, end);
    }

    /**
     * One instant from ISO-8601 text as {@link Instant#parse} reads it: UTC with
     * astronomical years, {@code -3299-03-15T12:00:00Z} for 15 March 3300 BCE. Bad text
     * becomes a field error a client can show, never an exception trace. The instant is not
     * checked against the span rules (it may have a fraction of a second, or lie outside
     * the range); use it for any instant the API reads, such as a timeline window.
     *
     * @param field the name of the input, reported with the error
     * @throws InvalidSpanException for {@code field}: {@code REQUIRED} when the text is
     *                              missing or blank, {@code INVALID} when it is not an instant
     */
    public static Instant parseInstant(String field, String text) {
        List<FieldError> errors = new ArrayList<>(1);
        Instant instant = readInstant(field, text, errors);
        throwIfAny(errors);
        return instant;
    }

    /** The first instant of the span. */
    public Instant start() {
        return Instant.ofEpochSecond(startEpochSecond);
    }

    /** The instant just after the span (not part of it). */
    public Instant end() {
        return Instant.ofEpochSecond(endEpochSecond);
    }

    /** The length, 1 second to 24 hours. */
    public Duration duration() {
        return Duration.ofSeconds(endEpochSecond - startEpochSecond);
    }

    /**
     * Whether the two spans share at least one second. Spans that only touch, one ending
     * where the other starts, do not overlap: the same rule the database enforces between
     * active moments.
     */
    public boolean overlaps(Span other) {
        return startEpochSecond < other.endEpochSecond && other.startEpochSecond < endEpochSecond;
    }

    /** Whether the instant lies in the span: at or after its start, before its end. */
    public boolean contains(Instant instant) {
        long second = instant.getEpochSecond();
        return second >= startEpochSecond && second < endEpochSecond;
    }

    /** For people, in UTC: "15 March 3300 BCE, 12:00:00 – 12:01:00 UTC". */
    public String formatUtc() {
        return SpanText.format(this, ZoneOffset.UTC);
    }

    /**
     * For people, on the wall clock of a zone, with the zone and its offset:
     * "15 March 3300 BCE, 12:09:21 – 12:10:21 Europe/Paris (UTC+00:09:21)". A span that
     * crosses midnight there shows both dates; one across a change of offset shows both
     * offsets. Works for every zone at every instant in range.
     */
    public String format(ZoneId zone) {
        return SpanText.format(this, zone);
    }

    /** The length in words: "1 second", "1 minute 30 seconds", "24 hours". */
    public String durationInWords() {
        return DurationWords.of(endEpochSecond - startEpochSecond);
    }

    /** The span in the API's notation: {@code [-3299-03-15T12:00:00Z, -3299-03-15T12:01:00Z)}. */
    @Override
    public String toString() {
        return "[" + start() + ", " + end() + ")";
    }

    private static Instant readInstant(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            SpanChecks.required(field, errors);
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(SpanRule.INVALID.on(field,
                    "must be an ISO-8601 instant in UTC, such as -3299-03-15T12:00:00Z"));
            return null;
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidSpanException(errors);
        }
    }
}

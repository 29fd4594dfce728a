package com.momentverse.timeline;

import com.momentverse.common.HistoricDates;
import com.momentverse.common.Span;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The seven eras of the timeline. Each starts at 00:00:00 UTC on 1 January of its first
 * year and ends where the next starts, so they cover the whole range of moments without a
 * gap or an overlap: the first starts at {@link Span#MIN_START}, the last runs to
 * {@link Span#MAX_END}. A moment belongs to the era in which it starts ({@link #of(Span)}),
 * even if it runs into the next.
 *
 * <p>Years are astronomical, as java.time counts them: 500 BCE is year -499. The ids are
 * the API's ({@code GET /api/v1/eras}, the timeline's {@code era} filter) and never change.
 */
public enum Era {

    ANCIENT("ancient", "Ancient Civilizations", -3299),
    CLASSICAL("classical", "Classical Antiquity", -499),
    MIDDLE_AGES("middle-ages", "Middle Ages", 500),
    EARLY_MODERN("early-modern", "Early Modern", 1500),
    INDUSTRIAL("industrial", "Industrial Age", 1760),
    MODERN("modern", "Modern Era", 1900),
    OUR_CENTURY("our-century", "Our Century", 2000);

    private static final Era[] IN_ORDER = values();

    private final String id;
    private final String displayName;
    private final int firstYear;
    private final Instant start;

    Era(String id, String displayName, int firstYear) {
        this.id = id;
        this.displayName = displayName;
        this.firstYear = firstYear;
        this.start = LocalDate.of(firstYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The stable id, such as "middle-ages". */
    public String id() {
        return id;
    }

    /** The name people read, such as "Middle Ages". */
    public String displayName() {
        return displayName;
    }

    /** The first year, astronomical (-499 is 500 BCE). */
    public int firstYear() {
        return firstYear;
    }

    /** The first year as people write it, such as "500 BCE". */
    public String firstYearText() {
        return HistoricDates.year(firstYear);
    }

    /** The first instant of the era. */
    public Instant start() {
        return start;
    }

    /** The instant the era ends (excluded): the next era's start, or the end of the range. */
    public Instant end() {
        int next = ordinal() + 1;
        return next < IN_ORDER.length ? IN_ORDER[next].start : Span.MAX_END;
    }

    /** Whether the instant lies in the era: at or after its start, before its end. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end());
    }

    /**
     * The era an instant lies in.
     *
     * @throws IllegalArgumentException for an instant before {@link Span#MIN_START} or at or
     *                                  after {@link Span#MAX_END}, where no moment can start
     */
    public static Era of(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        for (int i = IN_ORDER.length - 1; i >= 0; i--) {
            if (IN_ORDER[i].contains(instant)) {
                return IN_ORDER[i];
            }
        }
        throw new IllegalArgumentException("no era: " + instant + " is outside the range of moments");
    }

    /** The era of a moment: the one in which its span starts. */
    public static Era of(Span span) {
        return of(span.start());
    }

    /** The era with this id, if there is one (ids are matched exactly). */
    public static Optional<Era> byId(String id) {
        return Arrays.stream(IN_ORDER).filter(era -> era.id.equals(id)).findFirst();
    }
}

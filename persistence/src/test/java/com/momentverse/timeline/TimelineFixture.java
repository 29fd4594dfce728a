package com.momentverse.timeline;

import com.momentverse.common.Span;
import com.momentverse.moment.MomentStatus;
import com.momentverse.moment.Visibility;
import com.momentverse.timeline.TimelineDatabase.Spec;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Moments for the timeline tests, and the test's own answers about them, worked out in Java apart
 * from the application's code: which are listed, which bucket a start falls in (java.time's
 * calendar, not the month indexes of the application), which match a text.
 *
 * <p>The moments are seeded random, dense where the bugs would be: around year 0 (1 BCE), in the
 * first years of the range (3300 BCE, its first second included), across the turn of a year in
 * weeks (2020/2021 and 101/100 BCE), hour by hour around 29 February 2000, up to the last second of
 * 2100, and sparse everywhere else. About half are listed; the others are held, released, private,
 * unlisted or hidden. Some have stars; their words come from a small vocabulary so that text
 * filters match some and not others.
 */
final class TimelineFixture {

    static final String[] TITLES = {"Sunrise over the sea", "Our WEDDING day", "The birth of Ada", "Café au lait",
            "First steps", "Graduation", "100% happy", "A_b under score", "Grand", "Quiet evening"};
    static final String[] MESSAGES = {null, "For the day we met", "ma's day", "Une journée de café", "so much love",
            "under the stars"};
    static final String[] RECIPIENTS = {null, "Ada", "Grandma", "Noé", "the wedding guests"};

    private TimelineFixture() {
    }

    /** The fixture's moments: non-overlapping, each of the given stars at most once. */
    static List<Spec> moments(long seed, List<Integer> hips) {
        SplittableRandom random = new SplittableRandom(seed);
        TreeSet<Long> starts = new TreeSet<>();
        starts.add(Span.MIN_START.getEpochSecond());
        starts.add(Span.MAX_END.getEpochSecond() - 1);
        region(starts, random, "-0002-06-01T00:00:00Z", "0002-06-01T00:00:00Z", 300);
        region(starts, random, "-3299-01-01T00:00:00Z", "-3250-01-01T00:00:00Z", 150);
        region(starts, random, Span.MIN_START.toString(), Span.MAX_END.toString(), 600);
        region(starts, random, "2020-12-20T00:00:00Z", "2021-01-20T00:00:00Z", 200);
        region(starts, random, "-0101-12-20T00:00:00Z", "-0100-01-20T00:00:00Z", 100);
        region(starts, random, "2000-02-28T00:00:00Z", "2000-03-01T12:00:00Z", 200);
        region(starts, random, "2100-12-30T00:00:00Z", Span.MAX_END.toString(), 30);
        region(starts, random, "-0001-12-31T00:00:00Z", "0000-01-01T12:00:00Z", 60);
        List<Spec> specs = new ArrayList<>(starts.size());
        List<Long> ordered = new ArrayList<>(starts);
        int nextStar = 0;
        for (int i = 0; i < ordered.size(); i++) {
            long start = ordered.get(i);
            long limit = i + 1 < ordered.size() ? ordered.get(i + 1) : Span.MAX_END.getEpochSecond();
            long end = Math.min(start + random.nextLong(1, 3_601), limit);
            Spec spec = Spec.listed(Span.ofEpochSeconds(start, end)).withText(TITLES[random.nextInt(TITLES.length)],
                    MESSAGES[random.nextInt(MESSAGES.length)], RECIPIENTS[random.nextInt(RECIPIENTS.length)]);
            spec = switch (random.nextInt(10)) {
                case 0 -> spec.with(MomentStatus.HELD, Visibility.PUBLIC, false);
                case 1 -> spec.with(MomentStatus.RELEASED, Visibility.PUBLIC, false);
                case 2 -> spec.with(MomentStatus.CONFIRMED, Visibility.PRIVATE, false);
                case 3 -> spec.with(MomentStatus.CONFIRMED, Visibility.UNLISTED, false);
                case 4 -> spec.with(MomentStatus.CONFIRMED, Visibility.PUBLIC, true);
                default -> spec;
            };
            if (random.nextInt(4) == 0) {
                spec = spec.withStar(hips.get(nextStar++));
            }
            specs.add(spec);
        }
        return specs;
    }

    private static void region(TreeSet<Long> starts, SplittableRandom random, String from, String to, int count) {
        long lo = Instant.parse(from).getEpochSecond();
        long hi = Instant.parse(to).getEpochSecond();
        for (int i = 0; i < count; i++) {
            starts.add(random.nextLong(lo, hi));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The test's own answers
    // ---------------------------------------------------------------------------------------------

    /**
     * The starts of the buckets of a scale over [from, to), from java.time's calendar: the bucket
     * of {@code from}, then each next one while it starts before {@code to}; the last element is the
     * end of the last bucket.
     */
    static List<Instant> bucketBounds(Scale scale, Instant from, Instant to) {
        List<Instant> bounds = new ArrayList<>();
        Instant bound = first(scale, from);
        while (bound.isBefore(to)) {
            bounds.add(bound);
            bound = next(scale, bound);
        }
        bounds.add(bound);
        return bounds;
    }

    private static Instant first(Scale scale, Instant from) {
        ZonedDateTime utc = from.atZone(ZoneOffset.UTC);
        LocalDate date = utc.toLocalDate();
        return switch (scale) {
            case HOUR -> utc.truncatedTo(ChronoUnit.HOURS).toInstant();
            case DAY -> date.atStartOfDay(ZoneOffset.UTC).toInstant();
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZoneOffset.UTC).toInstant();
            case MONTH -> date.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            case YEAR -> yearStart(date.getYear());
            case DECADE -> yearStart(Math.floorDiv(date.getYear(), 10) * 10);
            case CENTURY -> yearStart(Math.floorDiv(date.getYear(), 100) * 100);
            case MILLENNIUM -> yearStart(Math.floorDiv(date.getYear(), 1000) * 1000);
        };
    }

    private static Instant next(Scale scale, Instant bound) {
        ZonedDateTime utc = bound.atZone(ZoneOffset.UTC);
        return switch (scale) {
            case HOUR -> utc.plusHours(1).toInstant();
            case DAY -> utc.plusDays(1).toInstant();
            case WEEK -> utc.plusWeeks(1).toInstant();
            case MONTH -> utc.plusMonths(1).toInstant();
            case YEAR -> utc.plusYears(1).toInstant();
            case DECADE -> utc.plusYears(10).toInstant();
            case CENTURY -> utc.plusYears(100).toInstant();
            case MILLENNIUM -> utc.plusYears(1000).toInstant();
        };
    }

    private static Instant yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether the moment is one the query asks for: listed, in the era, with or without a star, containing the text. */
    static boolean matches(Spec spec, Era era, Boolean starPaired, String text) {
        if (!spec.isListed()) {
            return false;
        }
        Instant start = spec.span().start();
        if (era != null && (start.isBefore(era.start()) || !start.isBefore(era.end()))) {
            return false;
        }
        if (starPaired != null && starPaired != (spec.starHip() != null)) {
            return false;
        }
        return text == null || contains(spec.title(), text) || contains(spec.message(), text)
                || contains(spec.dedicatedTo(), text);
    }

    private static boolean contains(String field, String text) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}

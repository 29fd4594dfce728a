package com.momentverse.timeline;

import com.momentverse.common.InvalidInputException;
import com.momentverse.common.Span;
import com.momentverse.timeline.TimelineDatabase.Spec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bucket counts of every scale, from the database, against counts the test works out in Java
 * from the moments it wrote ({@link TimelineFixture}): BCE windows, windows across year 0, weeks
 * across the turn of a year, the whole range, each with every filter. Run on H2
 * ({@link TimelineBucketsH2Test}) and, when a PostgreSQL database is given, on PostgreSQL
 * ({@link TimelineBucketsPostgreSqlTest}), where months and longer are read from the trigger-kept
 * counts.
 */
abstract class TimelineBucketsContract extends DatabaseContract {

    /** The windows asked at each scale: [from, to) pairs. */
    private static final Object[][] WINDOWS = {
            {Scale.HOUR, "2000-02-28T10:00:30Z", "2000-03-01T05:00:00Z"},
            {Scale.HOUR, "-0001-12-31T20:00:00Z", "0000-01-01T04:00:00Z"},
            {Scale.HOUR, "2000-02-01T00:00:00Z", "2000-03-13T16:00:00Z"}, // 1000 hours
            {Scale.DAY, "2000-02-01T00:00:00Z", "2000-04-01T00:00:00Z"},
            {Scale.DAY, "-0001-12-15T12:00:00Z", "0001-01-15T00:00:00Z"},
            {Scale.DAY, "-3299-01-01T00:00:00Z", "-3297-09-27T00:00:00Z"}, // 1000 days
            {Scale.WEEK, "2020-12-01T00:00:00Z", "2021-02-01T00:00:00Z"},
            {Scale.WEEK, "-0101-12-01T00:00:00Z", "-0100-02-01T00:00:00Z"},
            {Scale.WEEK, "-0001-11-01T00:00:00Z", "0001-03-01T00:00:00Z"},
            {Scale.MONTH, "-0002-06-01T00:00:00Z", "0002-06-01T00:00:00Z"},
            {Scale.MONTH, "-3299-01-01T00:00:00Z", "-3250-01-01T00:00:00Z"},
            {Scale.MONTH, "2020-01-15T08:00:00Z", "2021-06-10T00:00:00Z"},
            {Scale.MONTH, "2017-09-01T00:00:00Z", "2101-01-01T00:00:00Z"}, // 1000 months
            {Scale.YEAR, "-0050-03-01T00:00:00Z", "0050-01-01T00:00:00Z"},
            {Scale.YEAR, "-3299-01-01T00:00:00Z", "-2299-01-01T00:00:00Z"}, // 1000 years
            {Scale.YEAR, "1950-06-01T00:00:00Z", "2101-01-01T00:00:00Z"},
            {Scale.DECADE, "-3299-01-01T00:00:00Z", "2101-01-01T00:00:00Z"},
            {Scale.DECADE, "-0015-06-01T00:00:00Z", "0015-06-01T00:00:00Z"},
            {Scale.CENTURY, "-3299-01-01T00:00:00Z", "2101-01-01T00:00:00Z"},
            {Scale.CENTURY, "-0150-01-01T00:00:00Z", "0150-01-01T00:00:00Z"},
            {Scale.MILLENNIUM, "-3299-01-01T00:00:00Z", "2101-01-01T00:00:00Z"},
    };

    /** Filters asked of each window: era, starPaired, text. */
    private static final Object[][] FILTERS = {
            {null, null, null},
            {null, Boolean.TRUE, null},
            {null, Boolean.FALSE, null},
            {Era.CLASSICAL, null, null},
            {Era.OUR_CENTURY, Boolean.TRUE, null},
            {null, null, "wedding"},
            {null, null, "CAFÉ"},
            {null, null, "%"},
            {null, null, "a_b"},
            {null, null, "grandma"}, // "Grand" + "ma's day" must not match across fields
            {Era.ANCIENT, Boolean.FALSE, "day"},
    };

    private List<Spec> moments;

    @Override
    void prepare() {
        List<Integer> hips = db.inTransaction(em -> em.createNativeQuery("SELECT hip FROM star ORDER BY hip")
                .setMaxResults(2000).getResultList().stream().map(hip -> ((Number) hip).intValue()).toList());
        moments = TimelineFixture.moments(20_261_208L, hips);
        db.insert(moments);
    }

    private List<Spec> moments() {
        return moments;
    }

    @Test
    void theFixtureHasEveryKindOfMoment() {
        assertThat(moments()).hasSizeGreaterThan(1500);
        assertThat(moments().stream().filter(Spec::isListed).count()).isGreaterThan(700);
        assertThat(moments().stream().filter(spec -> !spec.isListed()).count()).isGreaterThan(600);
        assertThat(moments().stream().filter(spec -> spec.isListed() && spec.starHip() != null).count()).isGreaterThan(100);
    }

    @Test
    void everyScaleCountsAsTheCalendarSaysWithEveryFilter() {
        int checked = 0;
        for (Object[] window : WINDOWS) {
            for (Object[] filter : FILTERS) {
                check((Scale) window[0], Instant.parse((String) window[1]), Instant.parse((String) window[2]),
                        (Era) filter[0], (Boolean) filter[1], (String) filter[2]);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(WINDOWS.length * FILTERS.length);
    }

    @Test
    void theWholeRangeAddsUpToEveryListedMomentAtEachScaleThatFitsIt() {
        long listed = moments().stream().filter(Spec::isListed).count();
        for (Scale scale : List.of(Scale.DECADE, Scale.CENTURY, Scale.MILLENNIUM)) {
            List<Bucket> buckets = buckets(scale, Span.MIN_START, Span.MAX_END, null, null, null);
            assertThat(buckets.stream().mapToLong(Bucket::count).sum()).as(scale.id()).isEqualTo(listed);
        }
        List<Bucket> millennia = buckets(Scale.MILLENNIUM, Span.MIN_START, Span.MAX_END, null, null, null);
        assertThat(millennia).extracting(bucket -> bucket.start().toString()).containsExactly(
                "-4000-01-01T00:00:00Z", "-3000-01-01T00:00:00Z", "-2000-01-01T00:00:00Z", "-1000-01-01T00:00:00Z",
                "0000-01-01T00:00:00Z", "1000-01-01T00:00:00Z", "2000-01-01T00:00:00Z");
        assertThat(millennia.get(6).end()).isEqualTo(Instant.parse("3000-01-01T00:00:00Z"));
    }

    @Test
    void yearZeroStartsADecadeACenturyAndAMillennium() {
        Instant from = Instant.parse("-0001-06-01T00:00:00Z");
        Instant to = Instant.parse("0001-06-01T00:00:00Z");
        for (Scale scale : List.of(Scale.DECADE, Scale.CENTURY, Scale.MILLENNIUM)) {
            List<Bucket> buckets = buckets(scale, from, to, null, null, null);
            assertThat(buckets).as(scale.id()).hasSize(2);
            assertThat(buckets.get(1).start()).as(scale.id()).isEqualTo(Instant.parse("0000-01-01T00:00:00Z"));
        }
        List<Bucket> centuries = buckets(Scale.CENTURY, from, to, null, null, null);
        assertThat(centuries.get(0).start()).isEqualTo(Instant.parse("-0100-01-01T00:00:00Z"));
    }

    @Test
    void weeksStartOnMondayAcrossTheTurnOfTheYear() {
        List<Bucket> weeks = buckets(Scale.WEEK, Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2021-01-12T00:00:00Z"),
                null, null, null);
        assertThat(weeks).extracting(bucket -> bucket.start().toString())
                .containsExactly("2020-12-28T00:00:00Z", "2021-01-04T00:00:00Z", "2021-01-11T00:00:00Z");
        // 1 January 101 BCE was a Monday (proleptic Gregorian): a week starts with the year.
        List<Bucket> bce = buckets(Scale.WEEK, Instant.parse("-0101-12-31T00:00:00Z"), Instant.parse("-0100-01-02T00:00:00Z"),
                null, null, null);
        assertThat(bce).extracting(bucket -> bucket.start().toString())
                .containsExactly("-0101-12-25T00:00:00Z", "-0100-01-01T00:00:00Z");
    }

    @Test
    void moreThanAThousandBucketsAreRefused() {
        assertThatThrownBy(() -> BucketGrid.over(Scale.HOUR, window("2000-02-01T00:00:00Z", "2000-03-13T16:00:01Z")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo("to");
                            assertThat(error.code()).isEqualTo("TOO_MANY_BUCKETS");
                        }));
        assertThatThrownBy(() -> BucketGrid.over(Scale.YEAR, TimelineWindow.ALL)).isInstanceOf(InvalidInputException.class);
        assertThat(BucketGrid.over(Scale.DECADE, TimelineWindow.ALL).size()).isEqualTo(541);
    }

    @Test
    void anEraOutsideTheWindowCountsNothing() {
        List<Bucket> buckets = buckets(Scale.YEAR, Instant.parse("1950-01-01T00:00:00Z"), Instant.parse("2000-01-01T00:00:00Z"),
                Era.ANCIENT, null, null);
        assertThat(buckets).hasSize(50).allSatisfy(bucket -> assertThat(bucket.count()).isZero());
    }

    private void check(Scale scale, Instant from, Instant to, Era era, Boolean starPaired, String text) {
        String why = scale.id() + " [" + from + ", " + to + ") era " + era + " starPaired " + starPaired + " q " + text;
        List<Instant> bounds = TimelineFixture.bucketBounds(scale, from, to);
        long[] expected = new long[bounds.size() - 1];
        for (Spec spec : moments()) {
            if (!TimelineFixture.matches(spec, era, starPaired, text)) {
                continue;
            }
            Instant start = spec.span().start();
            for (int i = 0; i < expected.length; i++) {
                if (!start.isBefore(bounds.get(i)) && start.isBefore(bounds.get(i + 1))) {
                    expected[i]++;
                }
            }
        }
        List<Bucket> buckets = buckets(scale, from, to, era, starPaired, text);
        assertThat(buckets).as(why).hasSize(expected.length);
        assertThat(buckets).extracting(Bucket::start).as(why).isEqualTo(bounds.subList(0, expected.length));
        assertThat(buckets).extracting(Bucket::end).as(why).isEqualTo(bounds.subList(1, bounds.size()));
        assertThat(buckets.stream().mapToLong(Bucket::count).toArray()).as(why).isEqualTo(expected);
        if (text == null && era == null && starPaired == null && Arrays.stream(expected).sum() == 0) {
            throw new AssertionError("a window of the test holds no moment, so it proves little: " + why);
        }
    }

    List<Bucket> buckets(Scale scale, Instant from, Instant to, Era era, Boolean starPaired, String text) {
        TimelineQuery query = new TimelineQuery(TimelineWindow.of(from, to), era, starPaired, text);
        BucketGrid grid = BucketGrid.over(scale, query.window());
        return db.timeline(timeline -> new ArrayList<>(timeline.buckets(grid, query)));
    }

    private static TimelineWindow window(String from, String to) {
        return TimelineWindow.of(Instant.parse(from), Instant.parse(to));
    }
}

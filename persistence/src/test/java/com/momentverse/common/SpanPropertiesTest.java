package com.momentverse.common;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.momentverse.common.Samples.TRIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Properties of spans, each checked on {@value Samples#TRIES} seeded random inputs (see
 * {@link Samples}) plus the edges of the range.
 */
class SpanPropertiesTest {

    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{1,2} \\p{L}+) (\\d+) (BCE|CE), ");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM u", Locale.ENGLISH);

    @Test
    void acceptsExactlyTheSpansInsideTheRulesAndNamesEveryBrokenOneForAnyTwoLongs() {
        Samples samples = new Samples("rules");
        for (int i = 0; i < 20 * TRIES; i++) {
            long start = samples.anySecond();
            long end = samples.secondNear(start);
            List<String> expected = brokenRulesByArithmetic(start, end);
            List<String> broken;
            try {
                Span.ofEpochSeconds(start, end);
                broken = List.of();
            } catch (InvalidSpanException e) {
                broken = e.getErrors().stream().map(error -> error.field() + ' ' + error.code()).toList();
            }
            assertThat(broken).as(samples.describe(i, start, end)).isEqualTo(expected);
        }
    }

    @Test
    void roundTripsThroughEpochSecondsInstantsAndIsoText() {
        Samples samples = new Samples("roundTrip");
        for (int i = 0; i < TRIES; i++) {
            Span span = samples.span();
            String why = samples.describe(i, span);
            assertThat(Span.ofEpochSeconds(span.startEpochSecond(), span.endEpochSecond())).as(why).isEqualTo(span);
            assertThat(Span.of(span.start(), span.end())).as(why).isEqualTo(span);
            String start = span.start().toString();
            String end = span.end().toString();
            assertThat(start).as(why).matches("-?\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
            assertThat(Span.parse(start, end)).as(why).isEqualTo(span);
            assertThat(span.duration()).as(why).isBetween(Duration.ofSeconds(1), Duration.ofHours(24));
        }
    }

    @Test
    void formattingNeverFailsInAnyZoneAnywhereInTheRange() {
        Samples samples = new Samples("formatting");
        List<Span> edges = List.of(
                Span.ofEpochSeconds(Samples.MIN, Samples.MIN + 1),
                Span.ofEpochSeconds(Samples.MIN, Samples.MIN + Samples.DAY),
                Span.ofEpochSeconds(Samples.MAX - 1, Samples.MAX),
                Span.ofEpochSeconds(Samples.MAX - Samples.DAY, Samples.MAX),
                Span.ofEpochSeconds(-62_167_219_200L, -62_167_219_200L + 3600));
        for (String id : TimeZones.ids()) {
            ZoneId zone = ZoneId.of(id);
            List<Span> spans = new ArrayList<>(edges);
            for (int i = 0; i < 5; i++) {
                spans.add(samples.span());
            }
            for (Span span : spans) {
                assertFormats(span, zone, id + " " + span);
            }
        }
        for (int i = 0; i < TRIES; i++) {
            Span span = samples.span();
            ZoneId zone = samples.zone();
            assertFormats(span, zone, samples.describe(i, span, zone));
        }
    }

    @Test
    void theWrittenDateIsTheProlepticGregorianDateWithBceOrCe() {
        Samples samples = new Samples("dates");
        for (int i = 0; i < TRIES; i++) {
            Span span = samples.span();
            ZoneId zone = samples.zone();
            String why = samples.describe(i, span, zone);
            assertThat(leadingDate(span.formatUtc())).as(why)
                    .isEqualTo(LocalDate.ofInstant(span.start(), ZoneOffset.UTC));
            assertThat(leadingDate(span.format(zone))).as(why)
                    .isEqualTo(ZonedDateTime.ofInstant(span.start(), zone).toLocalDate());
        }
    }

    @Test
    void overlapsIsSymmetricAndMeansSharingASecond() {
        Samples samples = new Samples("overlaps");
        for (int i = 0; i < TRIES; i++) {
            Span a = samples.span();
            Span b = samples.near(a);
            String why = samples.describe(i, a, b);
            assertThat(a.overlaps(b)).as(why).isEqualTo(b.overlaps(a));
            Instant laterStart = a.start().isAfter(b.start()) ? a.start() : b.start();
            assertThat(a.overlaps(b)).as(why).isEqualTo(a.contains(laterStart) && b.contains(laterStart));
            assertThat(a.overlaps(a)).as(why).isTrue();
        }
    }

    @Test
    void touchingSpansNeverOverlap() {
        Samples samples = new Samples("touching");
        for (int i = 0; i < TRIES; i++) {
            Span a = samples.span();
            if (a.endEpochSecond() == Samples.MAX) {
                continue;
            }
            Span next = Span.ofEpochSeconds(a.endEpochSecond(), Math.min(Samples.MAX, a.endEpochSecond() + 60));
            assertThat(a.overlaps(next)).as(samples.describe(i, a, next)).isFalse();
            assertThat(next.overlaps(a)).as(samples.describe(i, a, next)).isFalse();
        }
    }

    @Test
    void containsMeansFromTheStartUpToButExcludingTheEnd() {
        Samples samples = new Samples("contains");
        for (int i = 0; i < TRIES; i++) {
            Span span = samples.span();
            Instant instant = samples.instantInRange();
            boolean expected = !instant.isBefore(span.start()) && instant.isBefore(span.end());
            assertThat(span.contains(instant)).as(samples.describe(i, span, instant)).isEqualTo(expected);
        }
    }

    @Test
    void everyLengthReadsBackFromItsWords() {
        for (long seconds = 1; seconds <= Samples.DAY; seconds++) {
            String words = DurationWords.of(seconds);
            assertThat(secondsIn(words)).as(words).isEqualTo(seconds);
            assertThat(words).as(words).doesNotStartWith("0 ").doesNotContain(" 0 ");
        }
    }

    private static void assertFormats(Span span, ZoneId zone, String why) {
        assertThatCode(() -> {
            String text = span.format(zone);
            assertThat(text).as(why).matches(LEADING_DATE.pattern() + ".*").contains(" \u2013 ");
            assertThat(span.formatUtc()).as(why).endsWith(" UTC");
            assertThat(span.durationInWords()).as(why).isNotBlank();
        }).as(why).doesNotThrowAnyException();
    }

    /** The first date of a formatted span, read back with astronomical years. */
    private static LocalDate leadingDate(String text) {
        Matcher matcher = LEADING_DATE.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        long year = Long.parseLong(matcher.group(2));
        long astronomical = "BCE".equals(matcher.group(3)) ? 1 - year : year;
        assertThat(year).as(text).isPositive();
        return LocalDate.parse(matcher.group(1) + ' ' + astronomical, DAY_MONTH_YEAR);
    }

    /** The rules, as plain arithmetic on unbounded integers: "field CODE" for each broken one. */
    private static List<String> brokenRulesByArithmetic(long start, long end) {
        List<String> broken = new ArrayList<>();
        if (start < Samples.MIN) {
            broken.add("start BEFORE_RANGE");
        } else if (start >= Samples.MAX) {
            broken.add("start AFTER_RANGE");
        }
        if (end > Samples.MAX) {
            broken.add("end AFTER_RANGE");
        } else if (end <= Samples.MIN) {
            broken.add("end BEFORE_RANGE");
        }
        BigInteger length = BigInteger.valueOf(end).subtract(BigInteger.valueOf(start));
        if (length.signum() <= 0) {
            broken.add("end END_NOT_AFTER_START");
        } else if (length.compareTo(BigInteger.valueOf(Samples.DAY)) > 0) {
            broken.add("end TOO_LONG");
        }
        return broken;
    }

    private static long secondsIn(String words) {
        String[] parts = words.split(" ");
        long seconds = 0;
        for (int i = 0; i < parts.length; i += 2) {
            long count = Long.parseLong(parts[i]);
            seconds += count * switch (parts[i + 1]) {
                case "hour", "hours" -> 3600;
                case "minute", "minutes" -> 60;
                case "second", "seconds" -> 1;
                default -> throw new AssertionError(words);
            };
            assertThat(parts[i + 1].endsWith("s")).as(words).isEqualTo(count != 1);
        }
        return seconds;
    }
}

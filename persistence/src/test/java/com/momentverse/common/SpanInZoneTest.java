package com.momentverse.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SpanInZoneTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void startsAtTheWallClockTimeOfTheZone() {
        Span span = Span.inZone(LocalDateTime.parse("2026-07-01T12:00:00"), BERLIN, Duration.ofMinutes(90));
        assertThat(span.start()).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
        assertThat(span.end()).isEqualTo(Instant.parse("2026-07-01T11:30:00Z"));
    }

    @Test
    void aTimeInTheSpringGapMovesForwardByTheGap() {
        // 29 March 2026: Berlin's clocks jump from 02:00 CET to 03:00 CEST; 02:30 never happens.
        Span span = Span.inZone(LocalDateTime.parse("2026-03-29T02:30:00"), BERLIN, Duration.ofMinutes(10));
        assertThat(span.start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(span.format(BERLIN)).isEqualTo("29 March 2026 CE, 03:30:00 \u2013 03:40:00 Europe/Berlin (UTC+02:00)");
    }

    @Test
    void aTimeInTheAutumnOverlapTakesTheEarlierOffset() {
        // 25 October 2026: Berlin's clocks go back from 03:00 CEST to 02:00 CET; 02:30 happens twice.
        Span span = Span.inZone(LocalDateTime.parse("2026-10-25T02:30:00"), BERLIN, Duration.ofHours(1));
        assertThat(span.start()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(span.end()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(span.format(BERLIN))
                .isEqualTo("25 October 2026 CE, 02:30:00 (UTC+02:00) \u2013 02:30:00 (UTC+01:00) Europe/Berlin");
    }

    @Test
    void theLengthIsElapsedTimeAcrossAChangeOfOffset() {
        Span span = Span.inZone(LocalDateTime.parse("2026-03-29T01:30:00"), BERLIN, Duration.ofHours(1));
        assertThat(span.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(span.format(BERLIN))
                .isEqualTo("29 March 2026 CE, 01:30:00 (UTC+01:00) \u2013 03:30:00 (UTC+02:00) Europe/Berlin");
    }

    @Test
    void historicZonesUseTheirLocalMeanTime() {
        // Before 1854 Asia/Kolkata has no recorded rule but its local mean time, UTC+05:53:28.
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        Span span = Span.inZone(LocalDateTime.parse("1000-01-01T05:53:28"), kolkata, Duration.ofMinutes(1));
        assertThat(span.start()).isEqualTo(Instant.parse("1000-01-01T00:00:00Z"));
    }

    @Test
    void theEarliestLocalStartDependsOnTheZone() {
        // Midnight of 1 January 3300 BCE in Kolkata is 18:06:32 UTC the day before: the whole
        // minute lies before the range.
        assertThatThrownBy(() -> Span.inZone(LocalDateTime.parse("-3299-01-01T00:00:00"),
                ZoneId.of("Asia/Kolkata"), Duration.ofMinutes(1)))
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .extracting("field", "code")
                .containsExactly(tuple("start", "BEFORE_RANGE"), tuple("end", "BEFORE_RANGE"));
        Span inNewYork = Span.inZone(LocalDateTime.parse("-3300-12-31T19:03:58"),
                ZoneId.of("America/New_York"), Duration.ofSeconds(1));
        assertThat(inNewYork.start()).isEqualTo(Span.MIN_START);
    }

    @Test
    void anEndPastTheRangeIsReportedOnTheEnd() {
        assertThatThrownBy(() -> Span.inZone(LocalDateTime.parse("2100-12-31T23:30:00"), ZoneId.of("UTC"),
                Duration.ofHours(1)))
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .extracting("field", "code")
                .containsExactly(tuple("end", "AFTER_RANGE"));
    }

    @Test
    void refusesBadLengths() {
        LocalDateTime start = LocalDateTime.parse("2000-01-01T00:00:00");
        assertThat(errorsOf(start, BERLIN, Duration.ZERO)).containsExactly(
                new FieldError("duration", "TOO_SHORT", "must be at least 1 second"));
        assertThat(errorsOf(start, BERLIN, Duration.ofSeconds(-5))).extracting("code").containsExactly("TOO_SHORT");
        assertThat(errorsOf(start, BERLIN, Duration.ofHours(24).plusSeconds(1))).containsExactly(
                new FieldError("duration", "TOO_LONG", "must be at most 24 hours"));
        assertThat(errorsOf(start, BERLIN, Duration.ofMillis(1500))).extracting("field", "code")
                .containsExactly(tuple("duration", "NOT_WHOLE_SECONDS"));
        assertThat(Span.inZone(start, BERLIN, Duration.ofHours(24)).duration()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void refusesMissingInputsAndFractionsTogether() {
        assertThat(errorsOf(null, null, null)).extracting("field", "code").containsExactly(
                tuple("start", "REQUIRED"), tuple("timeZone", "REQUIRED"), tuple("duration", "REQUIRED"));
        assertThat(errorsOf(LocalDateTime.parse("2000-01-01T00:00:00.25"), BERLIN, Duration.ofSeconds(3)))
                .extracting("field", "code").containsExactly(tuple("start", "NOT_WHOLE_SECONDS"));
    }

    private static java.util.List<FieldError> errorsOf(LocalDateTime start, ZoneId zone, Duration length) {
        try {
            Span.inZone(start, zone, length);
        } catch (InvalidSpanException e) {
            return e.getErrors();
        }
        throw new AssertionError("expected the span to be refused");
    }
}

package com.momentverse.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SpanFormatTest {

    private static Span span(String start, String end) {
        return Span.of(Instant.parse(start), Instant.parse(end));
    }

    @Test
    void theIdesOfMarch3300BceAreNotTheTenthOfApril() {
        // PLATFORM.md: java.util.Date would print this instant as 10 April 3300 (Julian calendar).
        Span span = span("-3299-03-15T12:00:00Z", "-3299-03-15T12:01:00Z");
        assertThat(span.formatUtc()).isEqualTo("15 March 3300 BCE, 12:00:00 \u2013 12:01:00 UTC");
    }

    @Test
    void everyYearSaysBceOrCe() {
        assertThat(span("2000-01-01T00:00:00Z", "2000-01-01T00:00:01Z").formatUtc())
                .isEqualTo("1 January 2000 CE, 00:00:00 \u2013 00:00:01 UTC");
        assertThat(HistoricDates.year(1)).isEqualTo("1 CE");
        assertThat(HistoricDates.year(0)).isEqualTo("1 BCE");
        assertThat(HistoricDates.year(-1)).isEqualTo("2 BCE");
        assertThat(HistoricDates.year(-3299)).isEqualTo("3300 BCE");
        assertThat(HistoricDates.date(LocalDate.of(0, 2, 29))).isEqualTo("29 February 1 BCE");
    }

    @Test
    void yearZeroIsOneBce() {
        assertThat(span("0000-07-04T09:00:00Z", "0000-07-04T10:00:00Z").formatUtc())
                .isEqualTo("4 July 1 BCE, 09:00:00 \u2013 10:00:00 UTC");
    }

    @Test
    void aSpanAcrossMidnightShowsBothDates() {
        assertThat(span("1999-12-31T23:30:00Z", "2000-01-01T00:30:00Z").formatUtc())
                .isEqualTo("31 December 1999 CE, 23:30:00 \u2013 1 January 2000 CE, 00:30:00 UTC");
        assertThat(span("-0043-03-14T12:00:00Z", "-0043-03-15T12:00:00Z").formatUtc())
                .isEqualTo("14 March 44 BCE, 12:00:00 \u2013 15 March 44 BCE, 12:00:00 UTC");
    }

    @Test
    void aSpanEndingAtMidnightShowsTheNextDate() {
        assertThat(span("2100-12-31T23:00:00Z", "2101-01-01T00:00:00Z").formatUtc())
                .isEqualTo("31 December 2100 CE, 23:00:00 \u2013 1 January 2101 CE, 00:00:00 UTC");
    }

    @Test
    void aZoneShowsItsIdAndOffset() {
        Span span = span("2026-07-01T10:00:00Z", "2026-07-01T11:30:00Z");
        assertThat(span.format(ZoneId.of("Europe/Berlin")))
                .isEqualTo("1 July 2026 CE, 12:00:00 \u2013 13:30:00 Europe/Berlin (UTC+02:00)");
        assertThat(span.format(ZoneId.of("America/St_Johns")))
                .isEqualTo("1 July 2026 CE, 07:30:00 \u2013 09:00:00 America/St_Johns (UTC-02:30)");
        assertThat(span.format(ZoneId.of("Europe/London")))
                .isEqualTo("1 July 2026 CE, 11:00:00 \u2013 12:30:00 Europe/London (UTC+01:00)");
        assertThat(span("2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z").format(ZoneId.of("Europe/London")))
                .isEqualTo("1 January 2026 CE, 10:00:00 \u2013 11:00:00 Europe/London (UTC)");
    }

    @Test
    void utcAndFixedOffsetsAreWrittenAsOffsets() {
        Span span = span("2026-07-01T10:00:00Z", "2026-07-01T11:00:00Z");
        assertThat(span.format(ZoneId.of("UTC"))).isEqualTo(span.formatUtc());
        assertThat(span.format(ZoneOffset.UTC)).isEqualTo("1 July 2026 CE, 10:00:00 \u2013 11:00:00 UTC");
        assertThat(span.format(ZoneOffset.ofHoursMinutes(5, 45)))
                .isEqualTo("1 July 2026 CE, 15:45:00 \u2013 16:45:00 UTC+05:45");
    }

    @Test
    void parisIn1000CeKeepsItsLocalMeanTime() {
        Span span = span("1000-01-01T00:00:00Z", "1000-01-01T00:01:00Z");
        assertThat(span.format(ZoneId.of("Europe/Paris")))
                .isEqualTo("1 January 1000 CE, 00:09:21 \u2013 00:10:21 Europe/Paris (UTC+00:09:21)");
    }

    @Test
    void parisIn3000Bce() {
        Span span = span("-2999-06-21T23:55:00Z", "-2999-06-22T00:05:00Z");
        assertThat(span.format(ZoneId.of("Europe/Paris")))
                .isEqualTo("22 June 3000 BCE, 00:04:21 \u2013 00:14:21 Europe/Paris (UTC+00:09:21)");
        assertThat(span.formatUtc())
                .isEqualTo("21 June 3000 BCE, 23:55:00 \u2013 22 June 3000 BCE, 00:05:00 UTC");
    }

    @Test
    void kolkataIn3000Bce() {
        Span span = span("-2999-01-01T00:00:00Z", "-2999-01-01T01:00:00Z");
        assertThat(span.format(ZoneId.of("Asia/Kolkata")))
                .isEqualTo("1 January 3000 BCE, 05:53:28 \u2013 06:53:28 Asia/Kolkata (UTC+05:53:28)");
    }

    @Test
    void theFirstSecondSeenWestOfGreenwichIsInTheYearBefore() {
        Span first = Span.of(Span.MIN_START, Span.MIN_START.plusSeconds(1));
        assertThat(first.formatUtc()).isEqualTo("1 January 3300 BCE, 00:00:00 \u2013 00:00:01 UTC");
        assertThat(first.format(ZoneId.of("America/New_York")))
                .isEqualTo("31 December 3301 BCE, 19:03:58 \u2013 19:03:59 America/New_York (UTC-04:56:02)");
    }

    @Test
    void aSingleInstantIsWrittenTheSameWay() {
        assertThat(HistoricDates.utc(Instant.parse("-3299-03-15T12:00:00Z"))).isEqualTo("15 March 3300 BCE, 12:00:00 UTC");
        assertThat(HistoricDates.inZone(Instant.parse("2026-07-01T10:00:00Z"), ZoneId.of("Asia/Kolkata")))
                .isEqualTo("1 July 2026 CE, 15:30:00 Asia/Kolkata (UTC+05:30)");
    }

    @Test
    void durationInWords() {
        assertThat(Span.ofEpochSeconds(0, 1).durationInWords()).isEqualTo("1 second");
        assertThat(Span.ofEpochSeconds(0, 45).durationInWords()).isEqualTo("45 seconds");
        assertThat(Span.ofEpochSeconds(0, 60).durationInWords()).isEqualTo("1 minute");
        assertThat(Span.ofEpochSeconds(0, 90).durationInWords()).isEqualTo("1 minute 30 seconds");
        assertThat(Span.ofEpochSeconds(0, 2 * 3600 + 5 * 60).durationInWords()).isEqualTo("2 hours 5 minutes");
        assertThat(Span.ofEpochSeconds(0, 3605).durationInWords()).isEqualTo("1 hour 5 seconds");
        assertThat(Span.ofEpochSeconds(0, 86_400).durationInWords()).isEqualTo("24 hours");
        assertThat(Span.ofEpochSeconds(0, 86_399).durationInWords()).isEqualTo("23 hours 59 minutes 59 seconds");
    }
}

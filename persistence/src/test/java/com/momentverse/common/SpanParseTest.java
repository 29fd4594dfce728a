package com.momentverse.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SpanParseTest {

    @Test
    void readsInstantsAsTheApiWritesThem() {
        Span span = Span.parse("-3299-03-15T12:00:00Z", "-3299-03-15T12:01:00Z");
        assertThat(span.startEpochSecond()).isEqualTo(Instant.parse("-3299-03-15T12:00:00Z").getEpochSecond());
        assertThat(span.start()).hasToString("-3299-03-15T12:00:00Z");
        assertThat(span.end()).hasToString("-3299-03-15T12:01:00Z");
    }

    @Test
    void yearZeroIsOneBce() {
        Span span = Span.parse("0000-12-31T23:59:59Z", "0001-01-01T00:00:00Z");
        assertThat(span.formatUtc()).isEqualTo("31 December 1 BCE, 23:59:59 \u2013 1 January 1 CE, 00:00:00 UTC");
    }

    @Test
    void badTextBecomesAFieldError() {
        assertThatThrownBy(() -> Span.parse("15 March 3300 BC", "2000-01-01 12:00"))
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .extracting("field", "code", "message")
                .containsExactly(
                        tuple("start", "INVALID", "must be an ISO-8601 instant in UTC, such as -3299-03-15T12:00:00Z"),
                        tuple("end", "INVALID", "must be an ISO-8601 instant in UTC, such as -3299-03-15T12:00:00Z"));
    }

    @Test
    void missingTextIsRequired() {
        assertThatThrownBy(() -> Span.parse(null, " "))
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .extracting("field", "code")
                .containsExactly(tuple("start", "REQUIRED"), tuple("end", "REQUIRED"));
    }

    @Test
    void readableTextStillObeysTheSpanRules() {
        assertThatThrownBy(() -> Span.parse("2000-01-01T00:00:00.5Z", "2000-01-03T00:00:00Z"))
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .extracting("field", "code")
                .containsExactly(tuple("start", "NOT_WHOLE_SECONDS"), tuple("end", "TOO_LONG"));
    }

    @Test
    void parseInstantNamesTheFieldAndLeavesTheRangeToTheCaller() {
        assertThat(Span.parseInstant("from", "-9999-01-01T00:00:00Z")).isEqualTo(Instant.parse("-9999-01-01T00:00:00Z"));
        assertThat(Span.parseInstant("from", " 2000-01-01T00:00:00Z ")).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
        assertThatThrownBy(() -> Span.parseInstant("from", "yesterday"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).getErrors())
                .asList()
                .extracting("field", "code")
                .containsExactly(tuple("from", "INVALID"));
    }
}

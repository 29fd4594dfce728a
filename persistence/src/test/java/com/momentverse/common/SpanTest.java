package com.momentverse.common;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SpanTest {

    private static final Instant MIN = Instant.parse("-3299-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("2101-01-01T00:00:00Z");
    private static final Instant NOON = Instant.parse("2000-06-01T12:00:00Z");

    @Test
    void theRangeIsThreeThousandThreeHundredBceToTheEndOf2100() {
        assertThat(Span.MIN_START).isEqualTo(MIN);
        assertThat(Span.MAX_END).isEqualTo(MAX);
        assertThat(Span.MIN_START.getEpochSecond()).isEqualTo(-166_273_603_200L);
    }

    @Test
    void startsExactlyAtTheBeginningOfTheRange() {
        Span span = Span.of(MIN, MIN.plusSeconds(1));
        assertThat(span.start()).isEqualTo(MIN);
        assertThat(span.startEpochSecond()).isEqualTo(MIN.getEpochSecond());
    }

    @Test
    void refusesAStartOneSecondBeforeTheRange() {
        assertRefused(() -> Span.of(MIN.minusSeconds(1), MIN.plusSeconds(59)),
                "start", SpanRule.BEFORE_RANGE, "must be on or after 1 January 3300 BCE, 00:00:00 UTC");
    }

    @Test
    void endsExactlyAtTheEndOfTheRange() {
        Span span = Span.of(MAX.minusSeconds(86_400), MAX);
        assertThat(span.end()).isEqualTo(MAX);
        assertThat(span.duration()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void refusesAnEndOneSecondAfterTheRange() {
        assertRefused(() -> Span.of(MAX.minusSeconds(60), MAX.plusSeconds(1)),
                "end", SpanRule.AFTER_RANGE, "must be on or before 1 January 2101 CE, 00:00:00 UTC");
    }

    @Test
    void refusesSpansThatLeaveNoSecondInsideTheRange() {
        assertThatThrownBy(() -> Span.of(MAX, MAX.plusSeconds(1)))
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .extracting("field", "code")
                .containsExactly(tuple("start", "AFTER_RANGE"), tuple("end", "AFTER_RANGE"));
        assertThatThrownBy(() -> Span.of(MIN.minusSeconds(1), MIN))
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .extracting("field", "code")
                .containsExactly(tuple("start", "BEFORE_RANGE"), tuple("end", "BEFORE_RANGE"));
    }

    @Test
    void lastsOneSecondToTwentyFourHours() {
        assertThat(Span.of(NOON, NOON.plusSeconds(1)).duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(Span.of(NOON, NOON.plusSeconds(86_400)).duration()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void refusesTwentyFourHoursAndOneSecond() {
        assertRefused(() -> Span.of(NOON, NOON.plusSeconds(86_401)),
                "end", SpanRule.TOO_LONG, "must be at most 24 hours after the start");
    }

    @Test
    void refusesAnEndAtOrBeforeTheStart() {
        assertRefused(() -> Span.of(NOON, NOON), "end", SpanRule.END_NOT_AFTER_START, "must be after the start");
        assertRefused(() -> Span.of(NOON, NOON.minusSeconds(1)),
                "end", SpanRule.END_NOT_AFTER_START, "must be after the start");
    }

    @Test
    void refusesFractionsOfASecondOnEitherEnd() {
        assertRefused(() -> Span.of(NOON.plusMillis(1), NOON.plusSeconds(60)),
                "start", SpanRule.NOT_WHOLE_SECONDS, "must be a whole second, without a fraction of a second");
        assertRefused(() -> Span.of(NOON, NOON.plusSeconds(60).plusNanos(1)),
                "end", SpanRule.NOT_WHOLE_SECONDS, "must be a whole second, without a fraction of a second");
    }

    @Test
    void refusesMissingInstants() {
        assertThatThrownBy(() -> Span.of(null, null))
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .extracting("field", "code", "message")
                .containsExactly(tuple("start", "REQUIRED", "is required"), tuple("end", "REQUIRED", "is required"));
    }

    @Test
    void listsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> Span.of(MIN.minusSeconds(10).plusMillis(500), MAX.plusSeconds(10)))
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .extracting("field", "code")
                .containsExactly(
                        tuple("start", "NOT_WHOLE_SECONDS"),
                        tuple("start", "BEFORE_RANGE"),
                        tuple("end", "AFTER_RANGE"),
                        tuple("end", "TOO_LONG"));
    }

    @Test
    void isAnInvalidInputExceptionSoTheApiAnswersItAsValidation() {
        assertThatThrownBy(() -> Span.ofEpochSeconds(0, 0)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void extremeEpochSecondsAreRefusedWithoutOverflow() {
        assertRefusedCodes(() -> Span.ofEpochSeconds(Long.MIN_VALUE, Long.MAX_VALUE),
                "BEFORE_RANGE", "AFTER_RANGE", "TOO_LONG");
        assertRefusedCodes(() -> Span.ofEpochSeconds(Long.MAX_VALUE, Long.MIN_VALUE),
                "AFTER_RANGE", "BEFORE_RANGE", "END_NOT_AFTER_START");
        assertRefusedCodes(() -> Span.ofEpochSeconds(-1, Long.MAX_VALUE), "AFTER_RANGE", "TOO_LONG");
    }

    @Test
    void theCanonicalConstructorChecksTheRulesToo() {
        assertThatThrownBy(() -> new Span(10, 5)).isInstanceOf(InvalidSpanException.class);
        assertThat(new Span(0, 60)).isEqualTo(Span.ofEpochSeconds(0, 60)).isEqualTo(Span.of(Instant.EPOCH, Instant.ofEpochSecond(60)));
    }

    @Test
    void givesItsEndsAsInstantsAndEpochSeconds() {
        Span span = Span.of(Instant.parse("-3299-03-15T12:00:00Z"), Instant.parse("-3299-03-15T12:01:00Z"));
        assertThat(span.start()).isEqualTo(Instant.parse("-3299-03-15T12:00:00Z"));
        assertThat(span.end()).isEqualTo(Instant.parse("-3299-03-15T12:01:00Z"));
        assertThat(span.endEpochSecond() - span.startEpochSecond()).isEqualTo(60);
        assertThat(span.duration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(span).hasToString("[-3299-03-15T12:00:00Z, -3299-03-15T12:01:00Z)");
    }

    @Test
    void overlappingSpansShareASecond() {
        Span first = Span.ofEpochSeconds(0, 60);
        assertThat(first.overlaps(Span.ofEpochSeconds(59, 120))).isTrue();
        assertThat(first.overlaps(Span.ofEpochSeconds(10, 20))).isTrue();
        assertThat(first.overlaps(Span.ofEpochSeconds(-30, 1))).isTrue();
        assertThat(first.overlaps(first)).isTrue();
    }

    @Test
    void touchingSpansDoNotOverlap() {
        Span first = Span.ofEpochSeconds(0, 60);
        Span next = Span.ofEpochSeconds(60, 120);
        assertThat(first.overlaps(next)).isFalse();
        assertThat(next.overlaps(first)).isFalse();
        assertThat(first.overlaps(Span.ofEpochSeconds(61, 120))).isFalse();
    }

    @Test
    void containsItsStartButNotItsEnd() {
        Span span = Span.ofEpochSeconds(0, 60);
        assertThat(span.contains(Instant.EPOCH)).isTrue();
        assertThat(span.contains(Instant.ofEpochSecond(59, 999_999_999))).isTrue();
        assertThat(span.contains(Instant.ofEpochSecond(60))).isFalse();
        assertThat(span.contains(Instant.ofEpochSecond(-1, 999_999_999))).isFalse();
    }

    @Test
    void survivesSerializationThroughItsCheckingConstructor() throws Exception {
        Span span = Span.of(MIN, MIN.plusSeconds(86_400));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(span);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(span);
        }
    }

    private static void assertRefused(ThrowingCallable call, String field, SpanRule rule, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .containsExactly(new FieldError(field, rule.name(), message));
    }

    private static void assertRefusedCodes(ThrowingCallable call, String... codes) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidSpanException.class)
                .extracting(e -> ((InvalidSpanException) e).getErrors())
                .asList()
                .extracting("code")
                .containsExactly((Object[]) codes);
    }
}

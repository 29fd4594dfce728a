package com.momentverse.timeline;

import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.Span;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineQueryTest {

    @Test
    void aQueryOfEveryFilter() {
        TimelineQuery query = TimelineQuery.parse("-0500-01-01T00:00:00Z", "0500-01-01T00:00:00Z", "classical", "true",
                "  Cafe\u0301 ", true);
        assertThat(query.window()).isEqualTo(TimelineWindow.of(Instant.parse("-0500-01-01T00:00:00Z"),
                Instant.parse("0500-01-01T00:00:00Z")));
        assertThat(query.era()).isEqualTo(Era.CLASSICAL);
        assertThat(query.starPaired()).isTrue();
        assertThat(query.text()).as("NFC, stripped").isEqualTo("Caf\u00e9");
        assertThat(query.starts()).contains(query.window().within(Era.CLASSICAL).orElseThrow());
    }

    @Test
    void theListMayLeaveTheWindowOut() {
        TimelineQuery query = TimelineQuery.parse(null, "", null, null, "   ", false);
        assertThat(query).isEqualTo(TimelineQuery.ALL);
        assertThat(query.window()).isEqualTo(new TimelineWindow(Span.MIN_START.getEpochSecond(), Span.MAX_END.getEpochSecond()));
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        assertThatThrownBy(() -> TimelineQuery.parse(null, "yesterday", "bronze", "maybe", "x".repeat(101), true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors())
                        .extracting(FieldError::field).containsExactly("from", "to", "era", "starPaired", "q"));
        assertThatThrownBy(() -> TimelineQuery.parse("-3300-01-01T00:00:00Z", "2101-01-01T00:00:01Z", null, null, "a\u0007b", true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors())
                        .extracting(FieldError::code).containsExactly("BEFORE_RANGE", "AFTER_RANGE", "CONTROL_CHARACTER"));
        for (String[] empty : new String[][] {{"2000-01-01T00:00:01Z", "2000-01-01T00:00:00Z"},
                {"2000-01-01T00:00:00Z", "2000-01-01T00:00:00Z"}, {"2000-01-01T00:00:00.2Z", "2000-01-01T00:00:00.7Z"}}) {
            assertThatThrownBy(() -> TimelineQuery.parse(empty[0], empty[1], null, null, null, true)).as(empty[0] + " " + empty[1])
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getErrors())
                            .extracting(FieldError::code).containsExactly("NOT_AFTER_FROM"));
        }
    }

    @Test
    void aWindowInFractionsOfASecondHoldsTheWholeSecondsInIt() {
        TimelineQuery query = TimelineQuery.parse("2000-01-01T00:00:00.5Z", "2000-01-01T00:00:10.5Z", null, null, null, true);
        assertThat(query.window().fromInstant()).isEqualTo(Instant.parse("2000-01-01T00:00:01Z"));
        assertThat(query.window().toInstant()).isEqualTo(Instant.parse("2000-01-01T00:00:11Z"));
    }

    @Test
    void theTextIsSearchedLiterally() {
        TimelineQuery query = new TimelineQuery(TimelineWindow.ALL, null, null, "100%_\\");
        assertThat(query.textPattern()).isEqualTo("%100\\%\\_\\\\%");
    }
}

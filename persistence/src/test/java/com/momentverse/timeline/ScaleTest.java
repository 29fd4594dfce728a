package com.momentverse.timeline;

import com.momentverse.common.InvalidInputException;
import com.momentverse.common.Samples;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.momentverse.common.Samples.TRIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaleTest {

    @Test
    void bucketsOfEveryScaleAgreeWithTheCalendar() {
        Samples samples = new Samples("scales");
        for (Scale scale : Scale.values()) {
            for (int i = 0; i < TRIES; i++) {
                Instant instant = samples.instantInRange();
                String why = scale.id() + " " + samples.describe(i, instant);
                List<Instant> bounds = TimelineFixture.bucketBounds(scale, instant, instant.plusNanos(1));
                assertThat(Instant.ofEpochSecond(scale.floor(instant.getEpochSecond()))).as(why).isEqualTo(bounds.get(0));
                assertThat(Instant.ofEpochSecond(scale.next(scale.floor(instant.getEpochSecond())))).as(why)
                        .isEqualTo(bounds.get(1));
            }
        }
    }

    @Test
    void yearZeroStartsEveryScaleOfYears() {
        long yearZero = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        for (Scale scale : List.of(Scale.MONTH, Scale.YEAR, Scale.DECADE, Scale.CENTURY, Scale.MILLENNIUM)) {
            assertThat(scale.floor(yearZero)).as(scale.id()).isEqualTo(yearZero);
            assertThat(scale.floor(yearZero - 1)).as(scale.id()).isLessThan(yearZero);
        }
        assertThat(Instant.ofEpochSecond(Scale.CENTURY.floor(yearZero - 1))).isEqualTo(Instant.parse("-0100-01-01T00:00:00Z"));
        assertThat(Instant.ofEpochSecond(Scale.MILLENNIUM.floor(Instant.parse("-3299-01-01T00:00:00Z").getEpochSecond())))
                .isEqualTo(Instant.parse("-4000-01-01T00:00:00Z"));
    }

    @Test
    void scalesAreNamedAsTheApiNamesThem() {
        assertThat(Scale.parse("millennium")).isEqualTo(Scale.MILLENNIUM);
        assertThat(Scale.parse(" Week ")).isEqualTo(Scale.WEEK);
        for (String bad : new String[] {null, "", "fortnight", "hours"}) {
            assertThatThrownBy(() -> Scale.parse(bad)).as(bad).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.getErrors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("scale")));
        }
    }
}

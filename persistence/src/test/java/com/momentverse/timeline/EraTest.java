package com.momentverse.timeline;

import com.momentverse.common.Samples;
import com.momentverse.common.Span;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;

import static com.momentverse.common.Samples.TRIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EraTest {

    @Test
    void theSevenErasOfTheProduct() {
        assertThat(Arrays.stream(Era.values()).map(Era::id))
                .containsExactly("ancient", "classical", "middle-ages", "early-modern", "industrial", "modern", "our-century");
        assertThat(Arrays.stream(Era.values()).map(Era::displayName))
                .containsExactly("Ancient Civilizations", "Classical Antiquity", "Middle Ages", "Early Modern",
                        "Industrial Age", "Modern Era", "Our Century");
        assertThat(Arrays.stream(Era.values()).map(Era::firstYearText))
                .containsExactly("3300 BCE", "500 BCE", "500 CE", "1500 CE", "1760 CE", "1900 CE", "2000 CE");
    }

    @Test
    void eachStartsOnTheFirstOfJanuaryOfItsFirstYear() {
        assertThat(Era.ANCIENT.start()).isEqualTo(Instant.parse("-3299-01-01T00:00:00Z"));
        assertThat(Era.CLASSICAL.start()).isEqualTo(Instant.parse("-0499-01-01T00:00:00Z"));
        assertThat(Era.MIDDLE_AGES.start()).isEqualTo(Instant.parse("0500-01-01T00:00:00Z"));
        assertThat(Era.EARLY_MODERN.start()).isEqualTo(Instant.parse("1500-01-01T00:00:00Z"));
        assertThat(Era.INDUSTRIAL.start()).isEqualTo(Instant.parse("1760-01-01T00:00:00Z"));
        assertThat(Era.MODERN.start()).isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
        assertThat(Era.OUR_CENTURY.start()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    }

    @Test
    void theyCoverTheRangeWithoutGapsOrOverlaps() {
        Era[] eras = Era.values();
        assertThat(eras[0].start()).isEqualTo(Span.MIN_START);
        for (int i = 0; i + 1 < eras.length; i++) {
            assertThat(eras[i].end()).as(eras[i].id()).isEqualTo(eras[i + 1].start());
            assertThat(eras[i].start()).as(eras[i].id()).isBefore(eras[i].end());
        }
        assertThat(eras[eras.length - 1].end()).isEqualTo(Span.MAX_END);
    }

    @Test
    void anInstantBelongsToTheEraItIsIn() {
        assertThat(Era.of(Span.MIN_START)).isEqualTo(Era.ANCIENT);
        assertThat(Era.of(Era.CLASSICAL.start().minusSeconds(1))).isEqualTo(Era.ANCIENT);
        assertThat(Era.of(Era.CLASSICAL.start())).isEqualTo(Era.CLASSICAL);
        assertThat(Era.of(Instant.parse("1999-12-31T23:59:59.999Z"))).isEqualTo(Era.MODERN);
        assertThat(Era.of(Instant.parse("2000-01-01T00:00:00Z"))).isEqualTo(Era.OUR_CENTURY);
        assertThat(Era.of(Span.MAX_END.minusNanos(1))).isEqualTo(Era.OUR_CENTURY);
    }

    @Test
    void aMomentBelongsToTheEraInWhichItStarts() {
        Span acrossMidnight = Span.parse("1999-12-31T23:30:00Z", "2000-01-01T00:30:00Z");
        assertThat(Era.of(acrossMidnight)).isEqualTo(Era.MODERN);
    }

    @Test
    void noEraOutsideTheRange() {
        assertThatThrownBy(() -> Era.of(Span.MIN_START.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Era.of(Span.MAX_END)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void erasAreFoundByTheirIds() {
        for (Era era : Era.values()) {
            assertThat(Era.byId(era.id())).contains(era);
        }
        assertThat(Era.byId("Middle-Ages")).isEmpty();
        assertThat(Era.byId(null)).isEmpty();
    }

    @Test
    void everyInstantInTheRangeIsInExactlyOneEra() {
        Samples samples = new Samples("eras");
        for (int i = 0; i < TRIES; i++) {
            Instant instant = samples.instantInRange();
            String why = samples.describe(i, instant);
            assertThat(Arrays.stream(Era.values()).filter(era -> era.contains(instant))).as(why)
                    .containsExactly(Era.of(instant));
            Era era = Era.of(instant);
            assertThat(instant).as(why).isAfterOrEqualTo(era.start()).isBefore(era.end());
        }
    }
}

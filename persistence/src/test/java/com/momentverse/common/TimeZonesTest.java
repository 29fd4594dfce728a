package com.momentverse.common;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class TimeZonesTest {

    @Test
    void acceptsIanaIds() {
        assertThat(TimeZones.parse("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(TimeZones.parse("Asia/Kolkata").getId()).isEqualTo("Asia/Kolkata");
        assertThat(TimeZones.parse("UTC").getId()).isEqualTo("UTC");
        assertThat(TimeZones.ids()).contains("America/New_York", "Pacific/Chatham").isSorted();
    }

    @Test
    void refusesWhatIsNotAnIanaZone() {
        for (String id : new String[] {"Mars/Olympus_Mons", "europe/berlin", "+02:00", "UTC+2", "PST", "Europe/Berlin "}) {
            assertThatThrownBy(() -> TimeZones.parse(id)).as(id)
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).getErrors())
                    .asList()
                    .extracting("field", "code")
                    .containsExactly(tuple("timeZone", "UNKNOWN_TIME_ZONE"));
        }
        assertThat(TimeZones.isKnown("+02:00")).isFalse();
    }

    @Test
    void aMissingZoneIsRequired() {
        assertThatThrownBy(() -> TimeZones.parse(" "))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).getErrors())
                .asList()
                .containsExactly(new FieldError("timeZone", "REQUIRED", "is required"));
        assertThat(TimeZones.isKnown(null)).isFalse();
    }
}

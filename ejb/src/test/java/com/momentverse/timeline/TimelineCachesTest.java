package com.momentverse.timeline;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineCachesTest {

    private final TimelineCaches caches = new TimelineCaches();
    private final AtomicInteger lookUps = new AtomicInteger();

    @Test
    void theMomentOfTheDayIsLookedUpOncePerDate() {
        LocalDate today = LocalDate.parse("2031-05-17");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        assertThat(caches.momentOfTheDay(today, () -> lookUp(first))).contains(first);
        assertThat(caches.momentOfTheDay(today, () -> lookUp(second))).as("the same all day").contains(first);
        assertThat(lookUps).hasValue(1);

        assertThat(caches.momentOfTheDay(today.plusDays(1), () -> lookUp(second))).contains(second);
        assertThat(caches.momentOfTheDay(today.plusDays(2), () -> lookUp(null))).isEmpty();
        assertThat(caches.momentOfTheDay(today.plusDays(2), () -> lookUp(first))).as("none is remembered too").isEmpty();
        assertThat(lookUps).hasValue(3);
    }

    @Test
    void theCountsAreRememberedForTheSetting() {
        caches.statsSeconds = 60;
        Instant now = Instant.parse("2031-05-17T10:00:00Z");
        MomentCounts counted = new MomentCounts(10, 2, 41_409);

        assertThat(caches.counts(now, () -> count(counted))).isEqualTo(counted);
        assertThat(caches.counts(now.plusSeconds(59), () -> count(new MomentCounts(11, 2, 41_409)))).isEqualTo(counted);
        assertThat(caches.counts(now.plusSeconds(60), () -> count(new MomentCounts(12, 3, 41_408))))
                .isEqualTo(new MomentCounts(12, 3, 41_408));
        assertThat(lookUps).hasValue(2);
    }

    @Test
    void zeroSecondsCountsEveryTime() {
        caches.statsSeconds = 0;
        Instant now = Instant.parse("2031-05-17T10:00:00Z");
        caches.counts(now, () -> count(new MomentCounts(1, 0, 0)));
        assertThat(caches.counts(now, () -> count(new MomentCounts(2, 0, 0)))).isEqualTo(new MomentCounts(2, 0, 0));
        assertThat(lookUps).hasValue(2);
    }

    private Optional<UUID> lookUp(UUID id) {
        lookUps.incrementAndGet();
        return Optional.ofNullable(id);
    }

    private MomentCounts count(MomentCounts counts) {
        lookUps.incrementAndGet();
        return counts;
    }
}

package com.momentverse.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What this node remembers of the timeline between requests:
 * <ul>
 * <li>the moment of the day, for the UTC date it was chosen for (it is recorded in the database, so
 *     every node has the same; the node only saves asking again until the date changes);</li>
 * <li>the public counts, for {@code mv.stats.cache-seconds}: counting a million moments takes a
 *     good part of a second, and the home page shows them to every visitor.</li>
 * </ul>
 * Two requests that find nothing remembered both look it up, which does no harm: the database
 * gives both the same moment of the day.
 */
@ApplicationScoped
public class TimelineCaches {

    private record Daily(LocalDate day, Optional<UUID> momentId) {
    }

    private record Counted(Instant until, MomentCounts counts) {
    }

    @Inject
    @ConfigProperty(name = "mv.stats.cache-seconds")
    long statsSeconds;

    private final AtomicReference<Daily> daily = new AtomicReference<>();
    private final AtomicReference<Counted> counted = new AtomicReference<>();

    /** The moment of the day of this date: remembered, or looked up and remembered until the date changes. */
    Optional<UUID> momentOfTheDay(LocalDate day, Supplier<Optional<UUID>> lookUp) {
        Daily known = daily.get();
        if (known != null && known.day().equals(day)) {
            return known.momentId();
        }
        Optional<UUID> momentId = lookUp.get();
        daily.set(new Daily(day, momentId));
        return momentId;
    }

    /** The public counts: remembered if younger than the setting, else counted again and remembered. */
    MomentCounts counts(Instant now, Supplier<MomentCounts> count) {
        Counted known = counted.get();
        if (known != null && now.isBefore(known.until())) {
            return known.counts();
        }
        MomentCounts counts = count.get();
        counted.set(new Counted(now.plus(Duration.ofSeconds(statsSeconds)), counts));
        return counts;
    }
}

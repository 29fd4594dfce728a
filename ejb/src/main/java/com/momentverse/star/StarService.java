package com.momentverse.star;

import com.momentverse.moment.MomentRepository;
import java.security.SecureRandom;
import java.util.Set;

import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Searches the star catalogue for pages and API alike. Searches are timed
 * ({@code mv_star_search_seconds} in Prometheus).
 *
 * <p>A star is available when no active (held or confirmed) moment is paired with it; the
 * database keeps it so ({@code moment_star_active_uk}), this class only reports it.
 */
@Stateless
public class StarService {

    @Inject
    StarRepository stars;

    @Inject
    MomentRepository moments;

    @Inject
    MeterRegistry meters;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Timer searchTimer;

    @PostConstruct
    void registerMeters() {
        // Registered through timer(name, tags), not Timer.builder(...).register(...): WildFly's
        // per-deployment registry passes only these shortcut methods on to the exported
        // (Prometheus) registry; a builder-registered meter would stay invisible.
        searchTimer = meters.timer("mv.star.search", List.of());
    }

    /** A page of matching stars, brightest first, after the page the cursor ends. */
    public Slice<StarListing> search(StarQuery query, PageRequest page) {
        return searchTimer.record(() -> {
            StarPosition after = page.cursor() == null ? null : StarPosition.fromCursor(page.cursor());
            // One extra row tells whether there is a next page.
            Slice<Star> found = Slice.ofOverread(stars.search(query, after, page.limit() + 1), page.limit(),
                    star -> StarPosition.of(star).toCursor());
            return new Slice<>(listings(found.items()), found.nextCursor());
        });
    }

    /** A page by position, for tables that page by number. */
    public List<StarListing> page(StarQuery query, int offset, int limit) {
        return searchTimer.record(() -> listings(stars.searchPage(query, offset, limit)));
    }

    public long count(StarQuery query) {
        return stars.count(query);
    }

    public Optional<StarListing> find(int hip) {
        return stars.find(hip).map(star -> listings(List.of(star)).get(0));
    }

    /**
     * A random available star among those that match (constellation, magnitude), every such
     * star equally likely; empty when none is left.
     */
    public Optional<StarListing> random(String constellation, Double maxMagnitude) {
        StarQuery query = new StarQuery(null, constellation, maxMagnitude, true);
        long count = stars.count(query);
        if (count == 0) {
            return Optional.empty();
        }
        int offset = (int) RANDOM.nextLong(count);
        return stars.searchPage(query, offset, 1).stream().findFirst().map(star -> new StarListing(star, true));
    }

    private List<StarListing> listings(List<Star> found) {
        Set<Integer> paired = moments.pairedStars(found.stream().map(Star::getHip).toList());
        return found.stream().map(star -> new StarListing(star, !paired.contains(star.getHip()))).toList();
    }
}

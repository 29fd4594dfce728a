package com.momentverse.star;

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
 * <p>Every star is available until moments can be claimed: pairing arrives with claiming,
 * and with it the rule that a star is paired with at most one active moment.
 */
@Stateless
public class StarService {

    @Inject
    StarRepository stars;

    @Inject
    MeterRegistry meters;

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
            List<Star> found = stars.search(query, after, page.limit() + 1);
            boolean more = found.size() > page.limit();
            List<Star> items = more ? found.subList(0, page.limit()) : found;
            String next = more ? StarPosition.of(items.get(items.size() - 1)).toCursor() : null;
            return new Slice<>(items.stream().map(StarService::listing).toList(), next);
        });
    }

    /** A page by position, for tables that page by number. */
    public List<StarListing> page(StarQuery query, int offset, int limit) {
        return searchTimer.record(() ->
                stars.searchPage(query, offset, limit).stream().map(StarService::listing).toList());
    }

    public long count(StarQuery query) {
        return stars.count(query);
    }

    public Optional<StarListing> find(int hip) {
        return stars.find(hip).map(StarService::listing);
    }

    private static StarListing listing(Star star) {
        return new StarListing(star, true);
    }
}

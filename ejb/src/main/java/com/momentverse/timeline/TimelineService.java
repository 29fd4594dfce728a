package com.momentverse.timeline;

import com.momentverse.account.Caller;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentRepository;
import com.momentverse.moment.MomentView;
import com.momentverse.moment.MomentViews;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The public timeline (PRODUCT.md, "Timeline, sharing and community"): bucket counts and the list
 * of listed moments, the stats and the moment of the day, for pages and API alike. Only listed
 * moments (confirmed, public, not hidden) appear here; see {@link TimelineRepository}. Bucket and
 * list reads are timed ({@code mv_timeline_seconds{query}} in Prometheus).
 */
@Stateless
public class TimelineService {

    @Inject
    TimelineRepository timeline;

    @Inject
    MomentRepository moments;

    @Inject
    MomentViews views;

    @Inject
    TimelineCaches caches;

    @Inject
    MeterRegistry meters;

    Clock clock = Clock.systemUTC();

    private Timer bucketsTimer;
    private Timer listTimer;

    @PostConstruct
    void registerMeters() {
        // The registry's shortcut methods: WildFly's per-deployment registry exports only these.
        bucketsTimer = meters.timer("mv.timeline", "query", "buckets");
        listTimer = meters.timer("mv.timeline", "query", "list");
    }

    /**
     * Every bucket of the scale that the query's window touches, empty ones included, with the
     * number of listed moments matching the query that start in it.
     *
     * @throws InvalidInputException for field {@code to} when that is more than
     *                               {@value BucketGrid#MAX_BUCKETS} buckets
     */
    public List<Bucket> buckets(Scale scale, TimelineQuery query) {
        BucketGrid grid = BucketGrid.over(scale, query.window());
        return bucketsTimer.record(() -> timeline.buckets(grid, query));
    }

    /** A page of the listed moments matching the query, in time order, after the page the cursor ends. */
    public Slice<MomentView> moments(Caller caller, TimelineQuery query, PageRequest page) {
        TimelinePosition after = page.cursor() == null ? null : TimelinePosition.fromCursor(page.cursor());
        Slice<Moment> found = Objects.requireNonNull(listTimer.record(() -> Slice.ofOverread(
                timeline.list(query, after, page.limit() + 1), page.limit(),
                moment -> new TimelinePosition(moment.getSpan().startEpochSecond(), moment.getId()).toCursor())));
        return new Slice<>(views.of(caller, found.items()), found.nextCursor());
    }

    /** The public stats: counts (remembered a little while by each node) and the ends of the timeline. */
    public TimelineStats stats() {
        MomentCounts counts = caches.counts(clock.instant(), timeline::counts);
        return new TimelineStats(counts, timeline.earliest().orElse(null), timeline.latest().orElse(null));
    }

    /**
     * Today's moment of the day (UTC), as the caller sees it (whether they like it), or empty when
     * there is none. It is chosen once per date for everyone ({@link TimelineRepository#pickOfTheDay})
     * and stays all day; should it stop being listed meanwhile (made private, hidden), there is none
     * for the rest of the day, for everyone.
     */
    public Optional<MomentView> momentOfTheDay(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        Optional<UUID> chosen = caches.momentOfTheDay(today,
                () -> Optional.ofNullable(timeline.pickOfTheDay(today, clock.instant()).momentId()));
        return chosen.filter(timeline::isListed).flatMap(moments::find).map(moment -> views.of(caller, moment));
    }
}

package com.momentverse.timeline;

import com.momentverse.account.Account;
import com.momentverse.common.CalendarKeys;
import com.momentverse.moment.Moment;
import com.momentverse.star.Star;
import com.momentverse.testing.H2Hibernate;
import com.momentverse.testing.MigratedH2;
import com.momentverse.testing.Transactions;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Latency of the timeline's queries on PostgreSQL with a million moments, through the repository
 * as the application runs them (Hibernate, JDBC, one transaction per call). Not part of the default
 * run and no timed assertion; it prints p50 and p95 of each query:
 *
 * <pre>
 * createdb -h 127.0.0.1 -U postgres tl_bench
 * mvn -o -q -pl persistence test -Dspotbugs.skip -DexcludedTestGroups=none -Dtest=TimelineBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false          # migrates the empty database, then stops
 * psql -h 127.0.0.1 -U postgres -d tl_bench -f scripts/generate-moments.sql
 * mvn ... the same again                               # measures
 * </pre>
 *
 * {@code -Dmv.bench.db.url} names another database (default
 * {@code jdbc:postgresql://127.0.0.1:5432/tl_bench?user=postgres}); {@code -Dmv.bench.runs} the runs
 * per query (60, after 10 to warm up). Goals (README, "Timeline"): p95 at most 50 ms at every scale
 * without a text filter, 200 ms with one.
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineBenchmark {

    private static final String URL = System.getProperty("mv.bench.db.url",
            "jdbc:postgresql://127.0.0.1:5432/tl_bench?user=postgres");
    private static final int RUNS = Integer.getInteger("mv.bench.runs", 60);
    private static final int WARM_UP = 10;

    /** Where the moments are densest: windows end here. */
    private static final Instant RECENT = Instant.parse("2025-06-01T00:00:00Z");

    private SessionFactory factory;
    private final List<String> report = new ArrayList<>();

    @BeforeAll
    void open() throws Exception {
        MigratedH2.migrate(URL);
        factory = H2Hibernate.sessionFactory(URL, "none", Account.class, Star.class, Moment.class);
        long moments = count("SELECT count(*) FROM moment");
        Assumptions.assumeTrue(moments > 0, "The database is migrated and has no moments: run "
                + "psql -h 127.0.0.1 -U postgres -d tl_bench -f scripts/generate-moments.sql, then this again.");
        report.add(String.format(Locale.ROOT, "%,d moments, %,d listed; %d runs per query after %d to warm up",
                moments, count("SELECT count(*) FROM moment WHERE listed"), RUNS, WARM_UP));
    }

    @AfterAll
    void close() {
        if (factory != null) {
            factory.close();
        }
        System.out.println("\n--- Timeline benchmark (" + URL + ") ---");
        report.forEach(System.out::println);
    }

    @Test
    void calendarKeysOfTheGeneratedMomentsAreTheApplications() throws Exception {
        long checked = 0;
        try (Connection connection = DriverManager.getConnection(URL)) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(10_000);
                try (ResultSet rows = statement.executeQuery("SELECT start_second, start_month, anniversary FROM moment")) {
                    while (rows.next()) {
                        long start = rows.getLong(1);
                        if (rows.getInt(2) != CalendarKeys.monthIndex(start) || rows.getInt(3) != CalendarKeys.anniversary(start)) {
                            throw new AssertionError("calendar keys of the moment starting at " + Instant.ofEpochSecond(start)
                                    + ": " + rows.getInt(2) + ", " + rows.getInt(3));
                        }
                        checked++;
                    }
                }
            }
        }
        report.add(String.format(Locale.ROOT, "calendar keys: all %,d moments agree with CalendarKeys", checked));
    }

    @Test
    void buckets() {
        for (String text : new String[] {null, "wedding", "#4242", "the"}) {
            for (Scale scale : Scale.values()) {
                bucketWindows(scale).forEach((name, window) -> {
                    TimelineQuery query = new TimelineQuery(window, null, null, text);
                    BucketGrid grid = BucketGrid.over(scale, window);
                    measure(String.format(Locale.ROOT, "buckets %-10s %-30s %4d buckets q=%s", scale.id(), name, grid.size(), text),
                            timeline -> timeline.buckets(grid, query));
                });
            }
        }
        for (Object[] filter : new Object[][] {{Era.MODERN, null}, {null, Boolean.TRUE}, {Era.ANCIENT, Boolean.FALSE}}) {
            TimelineQuery query = new TimelineQuery(TimelineWindow.ALL, (Era) filter[0], (Boolean) filter[1], null);
            BucketGrid grid = BucketGrid.over(Scale.DECADE, TimelineWindow.ALL);
            measure(String.format(Locale.ROOT, "buckets decade whole range era=%s starPaired=%s", filter[0], filter[1]),
                    timeline -> timeline.buckets(grid, query));
        }
    }

    @Test
    void pages() {
        TimelinePosition middle = db(timeline -> {
            List<Moment> first = timeline.list(new TimelineQuery(window(Instant.parse("1500-01-01T00:00:00Z"), RECENT), null, null, null), null, 1);
            return new TimelinePosition(first.get(0).getSpan().startEpochSecond(), first.get(0).getId());
        });
        for (String text : new String[] {null, "wedding", "#4242", "the"}) {
            TimelineQuery all = new TimelineQuery(TimelineWindow.ALL, null, null, text);
            measure("page of 20, first            q=" + text, timeline -> timeline.list(all, null, 20));
            measure("page of 20, from 1500 CE     q=" + text, timeline -> timeline.list(all, middle, 20));
            measure("page of 100, from 1500 CE    q=" + text, timeline -> timeline.list(all, middle, 100));
            TimelineQuery year = new TimelineQuery(window(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:00Z")),
                    null, null, text);
            measure("page of 20 in 2024           q=" + text, timeline -> timeline.list(year, null, 20));
        }
        TimelineQuery starred = new TimelineQuery(TimelineWindow.ALL, Era.CLASSICAL, Boolean.TRUE, null);
        measure("page of 20, classical, starPaired", timeline -> timeline.list(starred, null, 20));
    }

    @Test
    void endsAndCounts() {
        measure("stats: earliest + latest", timeline -> List.of(timeline.earliest(), timeline.latest()));
        measure("stats: counts (confirmed, stars paired, stars free)", TimelineRepository::counts);
        measure("moment of the day: choose (likes, else anniversary)", timeline -> timeline.choose(java.time.LocalDate.now()));
    }

    /** A typical window and the widest one of at most 1,000 buckets, where the moments are densest. */
    private static java.util.Map<String, TimelineWindow> bucketWindows(Scale scale) {
        java.util.Map<String, TimelineWindow> windows = new java.util.LinkedHashMap<>();
        switch (scale) {
            case HOUR -> {
                windows.put("2 days", window(RECENT.minusSeconds(2 * 86_400), RECENT));
                windows.put("1000 hours", window(RECENT.minusSeconds(1000 * 3_600L), RECENT));
            }
            case DAY -> {
                windows.put("31 days", window(RECENT.minusSeconds(31 * 86_400L), RECENT));
                windows.put("1000 days", window(RECENT.minusSeconds(1000 * 86_400L), RECENT));
            }
            case WEEK -> {
                windows.put("52 weeks", window(RECENT.minusSeconds(52 * 7 * 86_400L), RECENT));
                windows.put("1000 weeks", window(RECENT.minusSeconds(999 * 7 * 86_400L), RECENT));
            }
            case MONTH -> {
                windows.put("12 months", window(Instant.parse("2024-06-01T00:00:00Z"), RECENT));
                windows.put("1000 months", window(Instant.parse("1942-02-01T00:00:00Z"), RECENT));
                windows.put("1000 months, 550-467 BCE", window(Instant.parse("-0549-01-01T00:00:00Z"), Instant.parse("-0466-05-01T00:00:00Z")));
            }
            case YEAR -> {
                windows.put("100 years", window(Instant.parse("1925-01-01T00:00:00Z"), RECENT));
                windows.put("1000 years", window(Instant.parse("1026-01-01T00:00:00Z"), RECENT));
            }
            case DECADE -> {
                windows.put("100 decades", window(Instant.parse("1030-01-01T00:00:00Z"), RECENT));
                windows.put("whole range (541)", TimelineWindow.ALL);
            }
            case CENTURY -> {
                windows.put("10 centuries", window(Instant.parse("1100-01-01T00:00:00Z"), RECENT));
                windows.put("whole range (55)", TimelineWindow.ALL);
            }
            case MILLENNIUM -> windows.put("whole range (7)", TimelineWindow.ALL);
        }
        return windows;
    }

    private static TimelineWindow window(Instant from, Instant to) {
        return TimelineWindow.of(from, to);
    }

    private void measure(String name, Function<TimelineRepository, ?> query) {
        for (int i = 0; i < WARM_UP; i++) {
            db(query);
        }
        List<Long> nanos = new ArrayList<>(RUNS);
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            db(query);
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        report.add(String.format(Locale.ROOT, "%-75s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms", name,
                nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) Math.ceil(nanos.size() * 0.95) - 1) / 1e6,
                nanos.get(nanos.size() - 1) / 1e6));
    }

    private <T> T db(Function<TimelineRepository, T> work) {
        return Transactions.inTransaction(factory, em -> {
            TimelineRepository repository = new TimelineRepository();
            repository.em = em;
            return work.apply(repository);
        });
    }

    private long count(String sql) {
        EntityManager em = factory.createEntityManager();
        try {
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }
}

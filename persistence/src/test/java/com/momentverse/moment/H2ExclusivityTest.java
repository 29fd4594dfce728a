package com.momentverse.moment;

import com.momentverse.common.Span;
import com.momentverse.star.Star;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's stand-in for PostgreSQL's exclusion constraint (the claim guard row
 * and the unique index on active stars) under real concurrency: threads released together claim
 * overlapping spans, or disjoint spans with one star, and exactly one wins each trial. PostgreSQL
 * itself is raced over HTTP by the integration tests.
 */
class H2ExclusivityTest {

    private static final int CLIENTS = 8;
    private static final int TRIALS = 40;

    private static MomentDatabase db;

    @BeforeAll
    static void open() throws Exception {
        db = MomentDatabase.open("moment-exclusivity");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void overlappingClaimsRacingGetOneWinner() throws Exception {
        race(trial -> client -> {
            long base = -30_000_000_000L + trial * 10_000L;
            return db.hold(Span.ofEpochSeconds(base + client, base + client + 60), null);
        }, SpanTakenException.class);
        try (var em = db.factory.createEntityManager()) {
            Number overlaps = (Number) em.createNativeQuery("SELECT COUNT(*) FROM moment a JOIN moment b ON a.id < b.id"
                    + " AND a.status IN ('HELD', 'CONFIRMED') AND b.status IN ('HELD', 'CONFIRMED')"
                    + " AND a.start_second < b.end_second AND b.start_second < a.end_second").getSingleResult();
            assertThat(overlaps.longValue()).isZero();
        }
    }

    @Test
    void oneStarRacingOnDisjointSpansGetsOneWinner() throws Exception {
        List<Star> stars = db.inTransaction(em -> em.createQuery("SELECT s FROM Star s WHERE s.constellation = 'Lyr'"
                + " ORDER BY s.hip", Star.class).setMaxResults(TRIALS).getResultList());
        race(trial -> client -> {
            long base = -20_000_000_000L + trial * 100_000L;
            return db.hold(Span.ofEpochSeconds(base + client * 100L, base + client * 100L + 60), stars.get(trial));
        }, StarTakenException.class);
    }

    interface Claim {
        Moment claim(int client);
    }

    private static void race(java.util.function.IntFunction<Claim> trials, Class<? extends RuntimeException> refusal)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int trial = 0; trial < TRIALS; trial++) {
                Claim claim = trials.apply(trial);
                CyclicBarrier start = new CyclicBarrier(CLIENTS);
                List<Future<Moment>> outcomes = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    int c = client;
                    outcomes.add(pool.submit(() -> {
                        start.await();
                        return claim.claim(c);
                    }));
                }
                int wins = 0;
                for (Future<Moment> outcome : outcomes) {
                    try {
                        outcome.get(30, TimeUnit.SECONDS);
                        wins++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).as("trial %d", trial).isInstanceOf(refusal);
                    }
                }
                assertThat(wins).as("winners of trial %d", trial).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

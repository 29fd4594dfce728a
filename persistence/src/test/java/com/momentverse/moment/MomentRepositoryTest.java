package com.momentverse.moment;

import com.momentverse.common.Span;
import com.momentverse.star.Star;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Availability and the nearest free spans, read from the real schema on H2, against a model that
 * checks second by second. Each test works in its own region of time, so they share one database.
 */
class MomentRepositoryTest {

    private static final long MIN = Span.MIN_START.getEpochSecond();
    private static final long MAX = Span.MAX_END.getEpochSecond();

    private static MomentDatabase db;

    @BeforeAll
    static void open() throws Exception {
        db = MomentDatabase.open("moment-repository");
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void touchingSpansDoNotOverlap() {
        long t = -100_000_000_000L;
        db.hold(t, t + 60);
        assertThat(free(t - 60, t)).isTrue();
        assertThat(free(t + 60, t + 120)).isTrue();
        assertThat(free(t + 59, t + 60)).isFalse();
        assertThat(free(t - 1, t + 1)).isFalse();
        assertThat(free(t - 10, t + 70)).isFalse();
        db.hold(t + 60, t + 120); // touching: allowed
        assertThatThrownBy(() -> db.hold(t + 30, t + 31)).isInstanceOf(SpanTakenException.class);
    }

    @Test
    void nearestFreeSpansAreOfTheSameLengthOnEitherSide() {
        long t = -90_000_000_000L;
        db.hold(t, t + 60);
        Span asked = Span.ofEpochSeconds(t + 30, t + 90);
        assertThat(before(asked)).contains(Span.ofEpochSeconds(t - 60, t));
        assertThat(after(asked)).contains(Span.ofEpochSeconds(t + 60, t + 120));
    }

    @Test
    void walksPastLongRunsOfAdjacentMoments() {
        long t = -80_000_000_000L;
        int count = MomentRepository.WALK_BATCH * 6 + 7; // past the first two, growing, batches
        for (int i = 0; i < count; i++) {
            db.hold(t + i * 10L, t + i * 10L + 10);
        }
        long end = t + count * 10L;
        Span asked = Span.ofEpochSeconds(t + 500, t + 505);
        assertThat(after(asked)).contains(Span.ofEpochSeconds(end, end + 5));
        assertThat(before(asked)).contains(Span.ofEpochSeconds(t - 5, t));
    }

    @Test
    void aGapTooShortIsSkipped() {
        long t = -70_000_000_000L;
        db.hold(t, t + 100);
        db.hold(t + 130, t + 200); // a 30 s gap
        db.hold(t - 100, t - 20);  // a 20 s gap before
        Span asked = Span.ofEpochSeconds(t + 50, t + 90); // 40 s
        assertThat(after(asked)).contains(Span.ofEpochSeconds(t + 200, t + 240));
        assertThat(before(asked)).contains(Span.ofEpochSeconds(t - 140, t - 100));
        Span shorter = Span.ofEpochSeconds(t + 50, t + 75); // 25 s fits the gap after
        assertThat(after(shorter)).contains(Span.ofEpochSeconds(t + 100, t + 125));
        assertThat(before(shorter)).contains(Span.ofEpochSeconds(t - 125, t - 100)); // the 20 s gap is too short
    }

    @Test
    void nothingFreeBeyondTheEndsOfTheRange() {
        db.hold(MIN, MIN + 60);
        Span first = Span.ofEpochSeconds(MIN, MIN + 60);
        assertThat(free(MIN, MIN + 60)).isFalse();
        assertThat(before(first)).isEmpty();
        assertThat(after(first)).contains(Span.ofEpochSeconds(MIN + 60, MIN + 120));

        db.hold(MAX - 60, MAX);
        Span last = Span.ofEpochSeconds(MAX - 60, MAX);
        assertThat(after(last)).isEmpty();
        assertThat(before(last)).contains(Span.ofEpochSeconds(MAX - 120, MAX - 60));
    }

    @Test
    void releasedMomentsFreeTheirSpan() {
        long t = -60_000_000_000L;
        Moment moment = db.hold(t, t + 60);
        db.inTransaction(em -> {
            em.find(Moment.class, moment.getId()).release();
            return null;
        });
        assertThat(free(t, t + 60)).isTrue();
        db.hold(t, t + 60);
        assertThat(free(t, t + 60)).isFalse();
    }

    @Test
    void aStarIsPairedWithOneActiveMomentAtATime() {
        Star star = db.inTransaction(em -> em.find(Star.class, 32349));
        long t = -50_000_000_000L;
        Moment first = db.hold(Span.ofEpochSeconds(t, t + 60), star);
        assertThatThrownBy(() -> db.hold(Span.ofEpochSeconds(t + 1000, t + 1060), star))
                .isInstanceOf(StarTakenException.class);
        java.util.Set<Integer> paired = db.inTransaction(em -> MomentDatabase.repository(em).pairedStars(List.of(32349, 91262)));
        assertThat(paired).containsExactly(32349);
        db.inTransaction(em -> {
            em.find(Moment.class, first.getId()).release();
            return null;
        });
        db.hold(Span.ofEpochSeconds(t + 1000, t + 1060), star);
    }

    /**
     * Random clusters of moments and random taken spans: the repository's answers are those of a
     * second-by-second search. Seeded, so a failure repeats.
     */
    @Test
    void nearestFreeSpansMatchASecondBySecondSearch() {
        Random random = new Random(20261126L);
        for (int trial = 0; trial < 150; trial++) {
            long base = -40_000_000_000L + trial * 1_000_000L;
            List<long[]> held = new ArrayList<>();
            int moments = 5 + random.nextInt(25);
            for (int i = 0; i < moments; i++) {
                long start = base + random.nextInt(1500);
                long end = start + 1 + random.nextInt(60);
                if (freeInModel(held, start, end)) {
                    db.hold(start, end);
                    held.add(new long[]{start, end});
                }
            }
            long length = 1 + random.nextInt(90);
            long[] hit = held.get(random.nextInt(held.size()));
            long start = hit[0] - length + 1 + random.nextInt((int) (hit[1] - hit[0] + length - 1));
            Span asked = Span.ofEpochSeconds(start, start + length);
            assertThat(free(start, start + length)).as("trial %d", trial).isFalse();

            long after = start + 1;
            while (!freeInModel(held, after, after + length)) {
                after++;
            }
            long before = start - 1;
            while (!freeInModel(held, before, before + length)) {
                before--;
            }
            assertThat(after(asked)).as("after, trial %d", trial).contains(Span.ofEpochSeconds(after, after + length));
            assertThat(before(asked)).as("before, trial %d", trial).contains(Span.ofEpochSeconds(before, before + length));
        }
    }

    private static boolean freeInModel(List<long[]> held, long start, long end) {
        return held.stream().noneMatch(m -> m[0] < end && start < m[1]);
    }

    private static boolean free(long start, long end) {
        return db.inTransaction(em -> MomentDatabase.repository(em).isFree(Span.ofEpochSeconds(start, end)));
    }

    private static Optional<Span> before(Span asked) {
        return db.inTransaction(em -> MomentDatabase.repository(em).nearestFreeBefore(asked));
    }

    private static Optional<Span> after(Span asked) {
        return db.inTransaction(em -> MomentDatabase.repository(em).nearestFreeAfter(asked));
    }
}

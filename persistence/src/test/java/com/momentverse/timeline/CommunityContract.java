package com.momentverse.timeline;

import com.momentverse.common.Span;
import com.momentverse.moment.Moment;
import com.momentverse.moment.Visibility;
import com.momentverse.timeline.TimelineDatabase.Spec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Likes and shares, counted exactly by the database: one like per person per moment, taken back
 * at will, exact under 50 people liking at once, gone with a deleted account; shares counted one
 * by one. Each test has a moment of its own.
 */
abstract class CommunityContract extends DatabaseContract {

    private static final int PEOPLE = 50;
    private static final AtomicLong NEXT_SECOND = new AtomicLong(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond());

    @Test
    void aLikeIsCountedOnceAndTakenBackOnce() {
        UUID moment = newMoment();
        UUID person = db.account("Liker");

        assertThat(db.<Boolean>community(c -> c.like(moment, person, Instant.now()))).isTrue();
        assertThat(db.<Boolean>community(c -> c.like(moment, person, Instant.now()))).as("a second like changes nothing").isFalse();
        assertThat(likes(moment)).isEqualTo(1);
        assertThat(db.<Set<UUID>>community(c -> c.likedBy(person, List.of(moment, UUID.randomUUID())))).containsExactly(moment);

        assertThat(db.<Boolean>community(c -> c.unlike(moment, person))).isTrue();
        assertThat(db.<Boolean>community(c -> c.unlike(moment, person))).isFalse();
        assertThat(likes(moment)).isZero();
        assertThat(db.<Set<UUID>>community(c -> c.likedBy(person, List.of(moment)))).isEmpty();
        assertThat(db.<Set<UUID>>community(c -> c.likedBy(null, List.of(moment)))).isEmpty();
    }

    @Test
    void fiftyPeopleLikingAtOnceMakeFiftyThenUnlikingAtOnceMakeNone() throws Exception {
        UUID moment = newMoment();
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(db.account("Liker " + i));
        }

        List<Boolean> liked = race(people.stream().<Callable<Boolean>>map(person ->
                () -> db.community(c -> c.like(moment, person, Instant.now()))).toList());
        assertThat(liked).containsOnly(true);
        assertThat(likes(moment)).isEqualTo(PEOPLE).isEqualTo(likeRows(moment));

        List<Boolean> unliked = race(people.stream().<Callable<Boolean>>map(person ->
                () -> db.community(c -> c.unlike(moment, person))).toList());
        assertThat(unliked).containsOnly(true);
        assertThat(likes(moment)).isZero().isEqualTo(likeRows(moment));
    }

    @Test
    void onePersonLikingFromManyDevicesAtOnceLikesOnce() throws Exception {
        UUID moment = newMoment();
        UUID person = db.account("Quick clicker");
        List<Callable<Boolean>> clicks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clicks.add(() -> db.community(c -> c.like(moment, person, Instant.now())));
        }
        assertThat(race(clicks)).containsOnlyOnce(true);
        assertThat(likes(moment)).isEqualTo(1).isEqualTo(likeRows(moment));
    }

    @Test
    void anEditedMomentKeepsTheLikesGivenWhileItWasOpen() {
        UUID momentId = newMoment();
        db.inTransaction(em -> {
            Moment moment = em.find(Moment.class, momentId);
            db.community(c -> c.like(momentId, db.account("Liker"), Instant.now()));
            moment.changeVisibility(Visibility.UNLISTED); // flushed with the count it read: 0
            return null;
        });
        assertThat(likes(momentId)).isEqualTo(1);
    }

    @Test
    void aDeletedAccountTakesItsLikesWithIt() {
        UUID first = newMoment();
        UUID second = newMoment();
        UUID leaving = db.account("Leaving");
        UUID staying = db.account("Staying");
        db.community(c -> c.like(first, leaving, Instant.now()));
        db.community(c -> c.like(second, leaving, Instant.now()));
        db.community(c -> c.like(second, staying, Instant.now()));

        assertThat(db.<Integer>community(c -> c.forget(leaving))).isEqualTo(2);

        assertThat(likes(first)).isZero();
        assertThat(likes(second)).isEqualTo(1);
        assertThat(db.<Set<UUID>>community(c -> c.likedBy(staying, Set.of(second)))).containsExactly(second);
    }

    @Test
    void sharesAreCountedOneByOneEvenAtOnce() throws Exception {
        UUID moment = newMoment();
        List<Callable<Boolean>> shares = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            shares.add(() -> db.community(c -> {
                c.share(moment);
                return true;
            }));
        }
        race(shares);
        assertThat(db.<Long>community(c -> c.shares(moment))).isEqualTo(20);
        assertThat(db.<Long>inTransaction(em -> em.find(Moment.class, moment).getShareCount())).isEqualTo(20);
    }

    private UUID newMoment() {
        long start = NEXT_SECOND.getAndAdd(86_400);
        return db.insert(Spec.listed(Span.ofEpochSeconds(start, start + 60))).getId();
    }

    private long likes(UUID moment) {
        long counted = db.community(c -> c.likes(moment));
        assertThat(db.<Long>inTransaction(em -> em.find(Moment.class, moment).getLikeCount())).isEqualTo(counted);
        return counted;
    }

    private long likeRows(UUID moment) {
        return db.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM moment_like WHERE moment_id = :m")
                .setParameter("m", moment).getSingleResult()).longValue());
    }

    /** Runs the tasks on threads of their own, released together; their results. */
    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CyclicBarrier start = new CyclicBarrier(tasks.size());
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

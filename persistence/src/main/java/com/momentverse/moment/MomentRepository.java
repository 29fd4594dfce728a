package com.momentverse.moment;

import com.momentverse.common.NewestFirst;
import com.momentverse.common.RowLocks;
import com.momentverse.common.Span;
import com.momentverse.star.Star;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Stores moments and answers, from the database, whether a span is free and where the nearest
 * free spans are.
 *
 * <p><b>Exclusivity.</b> On PostgreSQL an exclusion constraint and a partial unique index refuse
 * a second active moment on a second or a star, whatever node inserts it; {@link #hold} turns
 * their refusal into {@link SpanTakenException} or {@link StarTakenException}. Claims that could
 * overlap first queue behind one another (an advisory lock per UTC day), so that the usual race
 * ends in a plain "taken" answer rather than in the constraint, and never in a deadlock. The
 * embedded H2 database has a unique index for stars but nothing like an exclusion constraint, so
 * there {@link #hold} locks the single row of {@code moment_claim_guard} (to the end of the
 * transaction, so claims queue one behind the other) and looks for an overlap under that lock.
 *
 * <p><b>Availability.</b> Active moments never overlap, so ordered by start they are also
 * ordered by end, and the only active moment that can overlap {@code [s, e)} is the one with
 * the smallest end after {@code s}: one index probe. The nearest free spans walk the active
 * moments from the asked span outwards, in growing batches, until a gap of the asked length
 * appears; the queries name the active states literally so that PostgreSQL uses the partial
 * indexes on the active ends.
 */
@ApplicationScoped
public class MomentRepository {

    /**
     * Active moments read by the first step of a walk for the nearest free span; each further
     * step reads four times as many, up to {@link #WALK_BATCH_MAX}, so that a long run of
     * adjacent moments (a popular day sold out second by second) costs a few round trips, not
     * thousands.
     */
    static final int WALK_BATCH = 64;
    static final int WALK_BATCH_MAX = 16_384;

    private static final String ACTIVE = "status IN ('HELD', 'CONFIRMED')";
    private static final long SECONDS_PER_DAY = 86_400;
    /** The first key of the claim queue's advisory locks ("MV"), which keeps them apart from any other use. */
    private static final int CLAIM_LOCK_SPACE = 0x4D56;
    private static final String SPAN_CONSTRAINT = "moment_span_excl";
    private static final String STAR_CONSTRAINT = "moment_star_active_uk";

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    private volatile Boolean claimGuard;

    public Optional<Moment> find(UUID id) {
        return Optional.ofNullable(em.find(Moment.class, id));
    }

    /** The moment, its row locked until the transaction ends (locked first, read after: {@link RowLocks}). */
    public Optional<Moment> findForUpdate(UUID id) {
        return RowLocks.lockThenRead(em, Moment.class, "SELECT id FROM moment WHERE id = ?1 FOR UPDATE", id);
    }

    /** Up to {@code limit} moments whose gift is due today ({@link Moment#isGiftDue}), earliest date first. */
    public List<UUID> giftsDue(LocalDate today, int limit) {
        return em.createQuery("SELECT m.id FROM Moment m WHERE m.giftDate <= :today AND m.giftDeliveredAt IS NULL"
                        + " AND m.status = :confirmed AND m.certificateNumber IS NOT NULL ORDER BY m.giftDate", UUID.class)
                .setParameter("today", today)
                .setParameter("confirmed", MomentStatus.CONFIRMED)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Stores a new HELD moment, now, so that a clash with another active moment is known
     * before the caller goes on.
     *
     * @throws SpanTakenException when an active moment shares a second with it (nearest spans
     *                            not filled in: the transaction is lost, ask in a new one)
     * @throws StarTakenException when its star is paired with an active moment
     */
    public void hold(Moment moment) {
        requireFreeInQueue(moment);
        em.persist(moment);
        flushRefusingClashes(moment);
    }

    /** Writes now, and turns a refusal of the exclusivity constraints into its exception. */
    private void flushRefusingClashes(Moment moment) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            String violated = violatedConstraint(e);
            if (SPAN_CONSTRAINT.equals(violated)) {
                throw new SpanTakenException(moment.getSpan(), null, null);
            }
            if (STAR_CONSTRAINT.equals(violated)) {
                throw new StarTakenException(moment.getStar().orElseThrow().getHip());
            }
            throw e;
        }
    }

    /**
     * Makes claims that could overlap this span wait for one another, to the end of the
     * transaction. On PostgreSQL: a transaction-scoped advisory lock on each UTC day the span
     * touches (one or two, taken in order, so claims never wait in a circle). Two spans that share
     * a second share that second's day, so overlapping claims queue, while claims on other days
     * go on in parallel. Without it, two overlapping inserts can each wait for the other while
     * the exclusion constraint checks them, and PostgreSQL aborts one with a deadlock error after
     * a second. On H2: the one row of {@code moment_claim_guard}, for every claim.
     */
    private void queueBehindOverlappingClaims(Span span) {
        if (hasClaimGuard()) {
            em.createNativeQuery("SELECT id FROM moment_claim_guard WHERE id = 1 FOR UPDATE").getSingleResult();
            return;
        }
        long firstDay = Math.floorDiv(span.startEpochSecond(), SECONDS_PER_DAY);
        long lastDay = Math.floorDiv(span.endEpochSecond() - 1, SECONDS_PER_DAY);
        for (long day = firstDay; day <= lastDay; day++) {
            em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1, ?2)) locked")
                    .setParameter(1, CLAIM_LOCK_SPACE)
                    .setParameter(2, Math.toIntExact(day))
                    .getSingleResult();
        }
    }

    /**
     * Makes a released moment active again (a late payment), now, if its span and star are still
     * free, under the same queue and constraints as {@link #hold}.
     *
     * @throws SpanTakenException when an active moment shares a second with it
     * @throws StarTakenException when its star is paired with an active moment
     */
    public void reinstate(Moment moment) {
        requireFreeInQueue(moment);
        moment.reinstate();
        flushRefusingClashes(moment);
    }

    /**
     * Waits for the claims that could overlap the moment, then checks that its span and star are
     * free. Under the queue's lock these reads see every such claim committed; the constraints
     * stay the guarantee.
     */
    private void requireFreeInQueue(Moment moment) {
        queueBehindOverlappingClaims(moment.getSpan());
        if (!isFree(moment.getSpan())) {
            throw new SpanTakenException(moment.getSpan(), null, null);
        }
        Optional<Integer> hip = moment.getStar().map(Star::getHip);
        if (hip.isPresent() && !pairedStars(List.of(hip.get())).isEmpty()) {
            throw new StarTakenException(hip.get());
        }
    }

    /** Whether no active moment shares a second with the span. */
    public boolean isFree(Span span) {
        List<?> first = em.createNativeQuery("SELECT start_second FROM moment WHERE " + ACTIVE
                        + " AND end_second > ?1 ORDER BY end_second")
                .setParameter(1, span.startEpochSecond())
                .setMaxResults(1)
                .getResultList();
        return first.isEmpty() || ((Number) first.get(0)).longValue() >= span.endEpochSecond();
    }

    /**
     * The earliest free span of the same length that starts after the asked one starts, or
     * empty when none fits before the end of the range.
     */
    public Optional<Span> nearestFreeAfter(Span asked) {
        long length = asked.endEpochSecond() - asked.startEpochSecond();
        long limit = Span.MAX_END.getEpochSecond();
        long candidate = asked.startEpochSecond() + 1;
        int batchSize = WALK_BATCH;
        while (candidate + length <= limit) {
            List<Object[]> batch = activeEndingAfter(candidate, batchSize);
            for (Object[] row : batch) {
                long start = ((Number) row[0]).longValue();
                long end = ((Number) row[1]).longValue();
                if (start >= candidate + length) {
                    break;
                }
                candidate = Math.max(candidate, end);
            }
            if (batch.size() < batchSize || blocksNone(batch, candidate, length)) {
                return candidate + length <= limit
                        ? Optional.of(Span.ofEpochSeconds(candidate, candidate + length)) : Optional.empty();
            }
            batchSize = Math.min(batchSize * 4, WALK_BATCH_MAX);
        }
        return Optional.empty();
    }

    /**
     * The latest free span of the same length that starts before the asked one starts, or
     * empty when none fits after the start of the range.
     */
    public Optional<Span> nearestFreeBefore(Span asked) {
        long length = asked.endEpochSecond() - asked.startEpochSecond();
        long limit = Span.MIN_START.getEpochSecond();
        long candidateEnd = asked.startEpochSecond() - 1 + length;
        int batchSize = WALK_BATCH;
        while (candidateEnd - length >= limit) {
            List<Object[]> batch = activeStartingBefore(candidateEnd, batchSize);
            for (Object[] row : batch) {
                long start = ((Number) row[0]).longValue();
                long end = ((Number) row[1]).longValue();
                if (end <= candidateEnd - length) {
                    break;
                }
                candidateEnd = Math.min(candidateEnd, start);
            }
            if (batch.size() < batchSize || endsBeforeAll(batch, candidateEnd, length)) {
                return candidateEnd - length >= limit
                        ? Optional.of(Span.ofEpochSeconds(candidateEnd - length, candidateEnd)) : Optional.empty();
            }
            batchSize = Math.min(batchSize * 4, WALK_BATCH_MAX);
        }
        return Optional.empty();
    }

    /** Of the given stars, those paired with an active moment. */
    public Set<Integer> pairedStars(Collection<Integer> hips) {
        if (hips.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("SELECT star_hip FROM moment WHERE " + ACTIVE + " AND star_hip IN (?1)")
                .setParameter(1, hips)
                .getResultList();
        Set<Integer> paired = new HashSet<>();
        for (Object hip : rows) {
            paired.add(((Number) hip).intValue());
        }
        return paired;
    }

    /** The owner's moments, newest first, after a position in that order. */
    public List<Moment> ownedBy(UUID ownerId, NewestFirst after, int limit) {
        String keyset = after == null ? ""
                : " AND (m.createdAt < :at OR (m.createdAt = :at AND m.id < :id))";
        var query = em.createQuery("SELECT m FROM Moment m WHERE m.ownerId = :owner" + keyset
                        + " ORDER BY m.createdAt DESC, m.id DESC", Moment.class)
                .setParameter("owner", ownerId)
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("at", after.createdAt()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /** Keeps the account's moments, shown as "anonymous", once the account is deleted. */
    public int disown(UUID ownerId) {
        return em.createQuery("UPDATE Moment m SET m.ownerId = null WHERE m.ownerId = :owner")
                .setParameter("owner", ownerId)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> activeEndingAfter(long second, int limit) {
        return em.createNativeQuery("SELECT start_second, end_second FROM moment WHERE " + ACTIVE
                        + " AND end_second > ?1 ORDER BY end_second")
                .setParameter(1, second)
                .setMaxResults(limit)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> activeStartingBefore(long second, int limit) {
        return em.createNativeQuery("SELECT start_second, end_second FROM moment WHERE " + ACTIVE
                        + " AND start_second < ?1 ORDER BY start_second DESC")
                .setParameter(1, second)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Whether the walk stopped inside the batch: some moment of it starts after the candidate span. */
    private static boolean blocksNone(List<Object[]> batch, long candidate, long length) {
        Object[] last = batch.get(batch.size() - 1);
        return ((Number) last[0]).longValue() >= candidate + length;
    }

    /** Whether the walk stopped inside the batch: some moment of it ends before the candidate span. */
    private static boolean endsBeforeAll(List<Object[]> batch, long candidateEnd, long length) {
        Object[] last = batch.get(batch.size() - 1);
        return ((Number) last[1]).longValue() <= candidateEnd - length;
    }

    private boolean hasClaimGuard() {
        Boolean guard = claimGuard;
        if (guard == null) {
            Number tables = (Number) em.createNativeQuery("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE UPPER(table_name) = 'MOMENT_CLAIM_GUARD'").getSingleResult();
            guard = tables.intValue() > 0;
            claimGuard = guard;
        }
        return guard;
    }

    /** The name of the exclusivity constraint a failed write broke, or null for anything else. */
    static String violatedConstraint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                String text = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                if (text.contains(SPAN_CONSTRAINT)) {
                    return SPAN_CONSTRAINT;
                }
                if (text.contains(STAR_CONSTRAINT)) {
                    return STAR_CONSTRAINT;
                }
            }
        }
        return null;
    }
}

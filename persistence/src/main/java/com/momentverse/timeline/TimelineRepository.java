package com.momentverse.timeline;

import com.momentverse.common.CalendarKeys;
import com.momentverse.common.Span;
import com.momentverse.moment.Moment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the public timeline from the database: bucket counts, the list in time order, the ends of
 * the timeline, the public counts and the moment of the day.
 *
 * <p><b>Listed</b> moments are the only ones any of these shows. What "listed" means (confirmed,
 * public and not hidden) is defined once, by the generated column {@code moment.listed} of changelog
 * 060; every query here filters on that column ({@link #LISTED}), and the timeline's partial
 * indexes are on it.
 *
 * <p><b>Counts</b> are computed by the database in one grouped query, never by reading moments
 * into Java: the bucket of a moment is integer arithmetic on its start second (hours, days,
 * weeks) or on its start's month index (months and longer, see {@link CalendarKeys}), relative to
 * the first bucket, so that the same SQL gives the same answer on PostgreSQL and H2 and across
 * year 0. Without a text filter, scales of months and longer add up the counts per month of
 * {@code timeline_month_count} (on PostgreSQL a table kept by a trigger, on H2 a view over the
 * moments); hours, days, weeks and text searches count the moments themselves.
 */
@ApplicationScoped
public class TimelineRepository {

    /** The condition every public surface puts on moments: the generated column of changelog 060. */
    static final String LISTED = "listed";

    /**
     * The text the text filter searches, exactly as changelog 060 indexes it on PostgreSQL
     * (pg_trgm), so that the planner matches the index.
     */
    static final String SEARCH_TEXT = "(title || CHR(1) || COALESCE(message, '') || CHR(1) || COALESCE(dedicated_to, ''))";

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    /**
     * The buckets of the grid, every one of them, each with the number of listed moments that
     * start in it and match the query's filters (its window is ignored: the grid's is used).
     */
    public List<Bucket> buckets(BucketGrid grid, TimelineQuery filters) {
        long[] counts = new long[grid.size()];
        Optional<TimelineWindow> starts = filters.over(grid.window()).starts();
        if (starts.isPresent()) {
            List<?> rows = grid.scale().isFixed() || filters.text() != null
                    ? countMoments(grid, starts.get(), filters)
                    : countMonths(grid, starts.get(), filters.starPaired());
            for (Object row : rows) {
                Object[] cells = (Object[]) row;
                counts[((Number) cells[0]).intValue()] = ((Number) cells[1]).longValue();
            }
        }
        return grid.buckets(counts);
    }

    private List<?> countMoments(BucketGrid grid, TimelineWindow starts, TimelineQuery filters) {
        String bucket = grid.scale().isFixed()
                ? "(start_second - :origin) / :width"
                : "(start_month - :origin) / :width";
        Query query = em.createNativeQuery("SELECT bucket, COUNT(*) FROM (SELECT " + bucket + " AS bucket FROM moment"
                + " WHERE " + conditions(filters) + ") listed_moment GROUP BY bucket");
        if (grid.scale().isFixed()) {
            query.setParameter("origin", grid.start()).setParameter("width", grid.scale().seconds());
        } else {
            query.setParameter("origin", grid.startMonth()).setParameter("width", grid.scale().months());
        }
        bindConditions(query, starts, filters);
        return query.getResultList();
    }

    private List<?> countMonths(BucketGrid grid, TimelineWindow starts, Boolean starPaired) {
        Query query = em.createNativeQuery("SELECT bucket, SUM(moments) FROM (SELECT (month_index - :origin) / :width"
                        + " AS bucket, moments FROM timeline_month_count WHERE month_index >= :fromMonth"
                        + " AND month_index < :toMonth" + (starPaired == null ? "" : " AND star_paired = :paired")
                        + ") month_count GROUP BY bucket")
                .setParameter("origin", grid.startMonth())
                .setParameter("width", grid.scale().months())
                // Month scales and eras start on the 1st of a month: these are whole months.
                .setParameter("fromMonth", CalendarKeys.monthIndex(starts.from()))
                .setParameter("toMonth", CalendarKeys.monthIndex(starts.to()));
        if (starPaired != null) {
            query.setParameter("paired", starPaired);
        }
        return query.getResultList();
    }

    /**
     * Listed moments that match the query, in time order (start, then id), after a position in
     * that order (null: from the first).
     */
    public List<Moment> list(TimelineQuery query, TimelinePosition after, int limit) {
        Optional<TimelineWindow> starts = query.starts();
        if (starts.isEmpty()) {
            return List.of();
        }
        Query ids = em.createNativeQuery("SELECT id FROM moment WHERE " + conditions(query)
                        + (after == null ? "" : " AND (start_second, id) > (:afterStart, :afterId)")
                        + " ORDER BY start_second, id", UUID.class)
                .setMaxResults(limit);
        bindConditions(ids, starts.get(), query);
        if (after != null) {
            ids.setParameter("afterStart", after.startSecond()).setParameter("afterId", after.id());
        }
        return load(ids.getResultList().stream().map(UUID.class::cast).toList());
    }

    /** The moments with these ids (star included), in the order of the ids. */
    private List<Moment> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Moment> byId = em.createQuery("SELECT m FROM Moment m LEFT JOIN FETCH m.star WHERE m.id IN :ids",
                        Moment.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Moment::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String conditions(TimelineQuery query) {
        StringBuilder where = new StringBuilder(LISTED).append(" AND start_second >= :from AND start_second < :to");
        if (query.starPaired() != null) {
            where.append(query.starPaired() ? " AND star_hip IS NOT NULL" : " AND star_hip IS NULL");
        }
        if (query.text() != null) {
            where.append(" AND ").append(SEARCH_TEXT).append(" ILIKE :text ESCAPE '\\'");
        }
        return where.toString();
    }

    private static void bindConditions(Query query, TimelineWindow starts, TimelineQuery filters) {
        query.setParameter("from", starts.from()).setParameter("to", starts.to());
        if (filters.text() != null) {
            query.setParameter("text", filters.textPattern());
        }
    }

    /** The listed moment that starts first, if any. */
    public Optional<MomentSummary> earliest() {
        return end("start_second, id");
    }

    /** The listed moment that starts last, if any. */
    public Optional<MomentSummary> latest() {
        return end("start_second DESC, id DESC");
    }

    private Optional<MomentSummary> end(String order) {
        List<?> rows = em.createNativeQuery("SELECT id, title, start_second, end_second FROM moment WHERE " + LISTED
                        + " ORDER BY " + order)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] cells = (Object[]) row;
            return new MomentSummary(uuid(cells[0]), (String) cells[1],
                    Span.ofEpochSeconds(((Number) cells[2]).longValue(), ((Number) cells[3]).longValue()));
        });
    }

    /** The public counts: confirmed moments, stars paired with them, stars free. */
    public MomentCounts counts() {
        Object[] cells = (Object[]) em.createNativeQuery("SELECT"
                + " (SELECT COUNT(*) FROM moment WHERE status = 'CONFIRMED'),"
                + " (SELECT COUNT(*) FROM moment WHERE status = 'CONFIRMED' AND star_hip IS NOT NULL),"
                + " (SELECT COUNT(*) FROM star s WHERE NOT EXISTS (SELECT 1 FROM moment m WHERE m.star_hip = s.hip"
                + " AND m.status IN ('HELD', 'CONFIRMED')))").getSingleResult();
        return new MomentCounts(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue(),
                ((Number) cells[2]).longValue());
    }

    /** Whether the moment is listed now. */
    public boolean isListed(UUID momentId) {
        return !em.createNativeQuery("SELECT id FROM moment WHERE id = :id AND " + LISTED)
                .setParameter("id", momentId)
                .getResultList().isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // The moment of the day
    // ---------------------------------------------------------------------------------------------

    /**
     * The moment of the day of a UTC date: the one recorded for it, or, the first time it is asked
     * for, the one chosen now and recorded (the first node to record it wins; the others read its
     * choice), so it stays the same all day for everyone whatever happens meanwhile.
     *
     * <p>The choice: the listed moment with the most likes given during the previous UTC day (ties:
     * the earliest start, then the smallest id); without any, one of the listed moments whose
     * anniversary (UTC month and day of its start) is the date: in time order, the one at position
     * {@code year mod count}, so a date shows another moment from one year to the next; without
     * any, none. Moments of 29 February come up in leap years only.
     */
    public DailyPick pickOfTheDay(LocalDate day, Instant now) {
        Optional<DailyPick> recorded = recordedPick(day);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        DailyPick chosen = choose(day);
        em.createNativeQuery("INSERT INTO moment_of_the_day (pick_day, moment_id, reason, chosen_at)"
                        + " VALUES (:day, :moment, :reason, :now) ON CONFLICT DO NOTHING")
                .setParameter("day", day)
                .setParameter("moment", chosen.momentId())
                .setParameter("reason", chosen.reason().name())
                .setParameter("now", now)
                .executeUpdate();
        return recordedPick(day).orElse(chosen);
    }

    private Optional<DailyPick> recordedPick(LocalDate day) {
        List<?> rows = em.createNativeQuery("SELECT moment_id, reason FROM moment_of_the_day WHERE pick_day = :day")
                .setParameter("day", day)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] cells = (Object[]) row;
            return new DailyPick(day, cells[0] == null ? null : uuid(cells[0]), DailyPick.Reason.valueOf((String) cells[1]));
        });
    }

    /** The moment of the day as it would be chosen now (see {@link #pickOfTheDay}). */
    DailyPick choose(LocalDate day) {
        Instant dayStart = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<?> mostLiked = em.createNativeQuery("SELECT l.moment_id FROM moment_like l JOIN moment m ON m.id = l.moment_id"
                        + " WHERE m." + LISTED + " AND l.created_at >= :from AND l.created_at < :to"
                        + " GROUP BY l.moment_id, m.start_second ORDER BY COUNT(*) DESC, m.start_second, l.moment_id", UUID.class)
                .setParameter("from", dayStart.minusSeconds(86_400))
                .setParameter("to", dayStart)
                .setMaxResults(1)
                .getResultList();
        if (!mostLiked.isEmpty()) {
            return new DailyPick(day, (UUID) mostLiked.get(0), DailyPick.Reason.LIKES);
        }
        int anniversary = CalendarKeys.anniversary(day);
        long count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM moment WHERE " + LISTED
                        + " AND anniversary = :anniversary")
                .setParameter("anniversary", anniversary)
                .getSingleResult()).longValue();
        if (count == 0) {
            return new DailyPick(day, null, DailyPick.Reason.NONE);
        }
        UUID chosen = (UUID) em.createNativeQuery("SELECT id FROM moment WHERE " + LISTED
                        + " AND anniversary = :anniversary ORDER BY start_second, id", UUID.class)
                .setParameter("anniversary", anniversary)
                .setFirstResult((int) Math.floorMod(day.getYear(), count))
                .setMaxResults(1)
                .getSingleResult();
        return new DailyPick(day, chosen, DailyPick.Reason.ANNIVERSARY);
    }

    /** A UUID of an untyped native result row: H2 gives its bytes, PostgreSQL the UUID. */
    private static UUID uuid(Object cell) {
        if (cell instanceof byte[] bytes) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return (UUID) cell;
    }
}

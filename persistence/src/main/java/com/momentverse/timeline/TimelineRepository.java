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
 * 060; every query here reads either that column ({@link #LISTED}) or what changelog 060 derives
 * from it: the counts per month and per year and the words of listed moments
 * ({@code timeline_month_count}, {@code timeline_year_count}, {@code timeline_text}; on PostgreSQL
 * tables kept by a trigger, on H2 views over the moments, with the same columns).
 *
 * <p><b>Counts</b> are computed by the database in one grouped query, never by reading moments
 * into Java: the bucket of a moment is integer arithmetic on its start second (hours, days,
 * weeks) or on its start's month index (months and longer, see {@link CalendarKeys}), relative to
 * the first bucket, so that the same SQL gives the same answer on PostgreSQL and H2 and across
 * year 0. Without a text filter, months add up the month counts, years and longer the year
 * counts, and hours, days and weeks count the moments in an index; with one, the words are
 * searched ({@code LIKE} on lower-case words, with a trigram index on PostgreSQL).
 */
@ApplicationScoped
public class TimelineRepository {

    /** The condition every public surface puts on moments: the generated column of changelog 060. */
    static final String LISTED = "listed";

    /** Tells Hibernate what a native write changes, so it keeps the second-level cache (stars) it does not touch. */
    static final String NATIVE_SPACES = "org.hibernate.query.native.spaces";

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    /** Whether timeline_text is a table (PostgreSQL) rather than a view (H2); null until known. */
    private volatile Boolean textTable;

    /**
     * The buckets of the grid, every one of them, each with the number of listed moments that
     * start in it and match the query's filters (its window is ignored: the grid's is used).
     */
    public List<Bucket> buckets(BucketGrid grid, TimelineQuery filters) {
        long[] counts = new long[grid.size()];
        Optional<TimelineWindow> starts = filters.over(grid.window()).starts();
        if (starts.isPresent()) {
            List<?> rows;
            if (filters.text() != null || grid.scale().isFixed()) {
                rows = countListed(grid, starts.get(), filters);
            } else {
                rows = countPerMonth(grid.scale() == Scale.MONTH ? "timeline_month_count" : "timeline_year_count",
                        grid, starts.get(), filters.starPaired());
            }
            for (Object row : rows) {
                Object[] cells = (Object[]) row;
                counts[((Number) cells[0]).intValue()] = ((Number) cells[1]).longValue();
            }
        }
        return grid.buckets(counts);
    }

    private List<?> countListed(BucketGrid grid, TimelineWindow starts, TimelineQuery filters) {
        String bucket = grid.scale().isFixed() ? "(start_second - :origin) / :width" : "(start_month - :origin) / :width";
        Query query = em.createNativeQuery("SELECT bucket, COUNT(*) FROM (SELECT " + bucket + " AS bucket FROM "
                + source(filters) + ") listed_moment GROUP BY bucket");
        if (grid.scale().isFixed()) {
            query.setParameter("origin", grid.start()).setParameter("width", grid.scale().seconds());
        } else {
            query.setParameter("origin", grid.startMonth()).setParameter("width", grid.scale().months());
        }
        bind(query, starts, filters);
        if (filters.text() != null && textIsTable()) {
            // Counting a common word over centuries reads most of timeline_text: two workers halve
            // that (measured at a million moments: p95 190 -> 105 ms). The planner would not use
            // them, because it expects one group per row of the bucket expression (tens of
            // thousands instead of at most a few thousand buckets) and prices their transfer so.
            em.createNativeQuery("SELECT set_config('parallel_tuple_cost', '0.001', true)").getSingleResult();
        }
        return query.getResultList();
    }

    /** Adds up counts per month or per year (whole months: month scales and eras start on the 1st). */
    private List<?> countPerMonth(String table, BucketGrid grid, TimelineWindow starts, Boolean starPaired) {
        Query query = em.createNativeQuery("SELECT bucket, SUM(moments) FROM (SELECT (month_index - :origin) / :width"
                        + " AS bucket, moments FROM " + table + " WHERE month_index >= :fromMonth"
                        + " AND month_index < :toMonth" + (starPaired == null ? "" : " AND star_paired = :paired")
                        + ") month_count GROUP BY bucket")
                .setParameter("origin", grid.startMonth())
                .setParameter("width", grid.scale().months())
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
        String id = query.text() == null ? "id" : "moment_id";
        Query ids = em.createNativeQuery("SELECT " + id + " FROM " + source(query)
                        + (after == null ? "" : " AND (start_second, " + id + ") > (:afterStart, :afterId)")
                        + " ORDER BY start_second, " + id, UUID.class)
                .setMaxResults(limit);
        bind(ids, starts.get(), query);
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

    /**
     * The listed moments that match the query's filters (but its window: {@code :from}, {@code :to}):
     * the moments themselves, or, to search their words, {@code timeline_text}.
     */
    private static String source(TimelineQuery query) {
        StringBuilder sql = new StringBuilder();
        if (query.text() == null) {
            sql.append("moment WHERE ").append(LISTED);
            if (query.starPaired() != null) {
                sql.append(query.starPaired() ? " AND star_hip IS NOT NULL" : " AND star_hip IS NULL");
            }
        } else {
            sql.append("timeline_text WHERE words LIKE LOWER(:text) ESCAPE '\\'");
            if (query.starPaired() != null) {
                sql.append(" AND star_paired = ").append(query.starPaired() ? "TRUE" : "FALSE");
            }
        }
        return sql.append(" AND start_second >= :from AND start_second < :to").toString();
    }

    private Query bind(Query query, TimelineWindow starts, TimelineQuery filters) {
        query.setParameter("from", starts.from()).setParameter("to", starts.to());
        if (filters.text() != null) {
            query.setParameter("text", filters.textPattern());
            planForEachText();
        }
        return query;
    }

    /**
     * On PostgreSQL, plans this transaction's queries for their own parameters. A server-side
     * prepared statement otherwise ends up with one generic plan for every text, which walks all
     * moments in time order for a rare word (a second) or reads them one by one for a common one.
     */
    private void planForEachText() {
        if (textIsTable()) {
            em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        }
    }

    /** Whether timeline_text is PostgreSQL's table (not H2's view), asked once. */
    private boolean textIsTable() {
        Boolean table = textTable;
        if (table == null) {
            table = "BASE TABLE".equals(em.createNativeQuery("SELECT table_type FROM information_schema.tables"
                    + " WHERE LOWER(table_name) = 'timeline_text'").getResultList().stream().findFirst().orElse(null));
            textTable = table;
        }
        return table;
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
                .setHint(NATIVE_SPACES, "moment_of_the_day")
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

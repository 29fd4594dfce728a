package com.momentverse.admin;

import com.momentverse.timeline.Era;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The administrators' dashboard as the database counts it: each figure is one aggregate query
 * (grouped by UTC day or by era), so nothing is counted by reading rows into memory. The SQL is
 * the same on PostgreSQL and H2.
 *
 * <p>A UTC day is computed from the epoch (seconds / 86,400), never from the session's time
 * zone, so every node and database agree on which day a payment fell.
 */
@ApplicationScoped
public class DashboardQueries {

    private static final long SECONDS_PER_DAY = 86_400;

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    /**
     * Orders paid on the UTC days [from, until) that are still paid (a refund takes an order out),
     * per day of payment; days without any are left out.
     */
    public List<DayTotal> paidOrdersPerDay(LocalDate from, LocalDate until) {
        return perDay("SELECT utc_day, COUNT(*), SUM(total_amount) FROM (SELECT " + utcDay("paid_at")
                + " AS utc_day, total_amount FROM customer_order WHERE status = 'PAID'"
                + " AND paid_at >= ?1 AND paid_at < ?2) paid GROUP BY utc_day ORDER BY utc_day", from, until);
    }

    /**
     * Certificates issued on the UTC days [from, until), whatever became of them since, per day of
     * issue; days without any are left out.
     */
    public List<DayTotal> certificatesPerDay(LocalDate from, LocalDate until) {
        return perDay("SELECT utc_day, COUNT(*), 0 FROM (SELECT " + utcDay("issued_at")
                + " AS utc_day FROM certificate WHERE issued_at >= ?1 AND issued_at < ?2) issued"
                + " GROUP BY utc_day ORDER BY utc_day", from, until);
    }

    /**
     * Confirmed moments (of every visibility) per era, by the second each starts in; every era is
     * in the map, with 0 where none starts.
     */
    public Map<Era, Long> confirmedMomentsPerEra() {
        Era[] eras = Era.values();
        StringBuilder era = new StringBuilder("CASE");
        for (int i = 1; i < eras.length; i++) {
            era.append(" WHEN start_second < ?").append(i).append(" THEN ").append(i - 1);
        }
        era.append(" ELSE ").append(eras.length - 1).append(" END");
        Query query = em.createNativeQuery("SELECT era, COUNT(*) FROM (SELECT " + era
                + " AS era FROM moment WHERE status = 'CONFIRMED') confirmed GROUP BY era");
        for (int i = 1; i < eras.length; i++) {
            query.setParameter(i, eras[i].start().getEpochSecond());
        }
        Map<Era, Long> counts = new EnumMap<>(Era.class);
        for (Era each : eras) {
            counts.put(each, 0L);
        }
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put(eras[number(columns[0]).intValue()], number(columns[1]).longValue());
        }
        return counts;
    }

    /**
     * On the UTC days [from, until): quotes answered, orders placed, and how many of those orders
     * were paid (refunded ones included: they were paid).
     */
    public Funnel funnel(LocalDate from, LocalDate until) {
        Object quotes = em.createNativeQuery("SELECT COALESCE(SUM(quotes), 0) FROM quote_tally"
                        + " WHERE utc_day >= ?1 AND utc_day < ?2")
                .setParameter(1, from.toEpochDay()).setParameter(2, until.toEpochDay())
                .getSingleResult();
        Object[] orders = (Object[]) em.createNativeQuery("SELECT COUNT(*), COUNT(paid_at) FROM customer_order"
                        + " WHERE created_at >= ?1 AND created_at < ?2")
                .setParameter(1, startOf(from)).setParameter(2, startOf(until))
                .getSingleResult();
        return new Funnel(number(quotes).longValue(), number(orders[0]).longValue(), number(orders[1]).longValue());
    }

    private List<DayTotal> perDay(String sql, LocalDate from, LocalDate until) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, startOf(from)).setParameter(2, startOf(until))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            return new DayTotal(LocalDate.ofEpochDay(number(columns[0]).longValue()),
                    number(columns[1]).longValue(), number(columns[2]).longValue());
        }).toList();
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The UTC day number (days since 1970-01-01) of a TIMESTAMP WITH TIME ZONE column. */
    private static String utcDay(String column) {
        return "CAST(FLOOR(EXTRACT(EPOCH FROM " + column + ") / " + SECONDS_PER_DAY + ") AS BIGINT)";
    }

    private static Number number(Object value) {
        return (Number) value;
    }
}

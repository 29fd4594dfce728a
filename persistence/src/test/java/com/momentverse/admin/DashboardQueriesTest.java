package com.momentverse.admin;

import com.momentverse.common.Span;
import com.momentverse.order.CustomerOrder;
import com.momentverse.testing.AdminDatabase;
import com.momentverse.timeline.Era;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The dashboard's aggregate queries on the real schema (H2, as the embedded server runs it):
 * which rows each counts, and on which UTC day or in which era. The database is this class's
 * alone, so every count is known exactly.
 */
class DashboardQueriesTest {

    private static final LocalDate D1 = LocalDate.parse("2026-03-01");
    private static final LocalDate D2 = LocalDate.parse("2026-03-02");
    private static final LocalDate D3 = LocalDate.parse("2026-03-03");
    /** When the orders of the era test are placed: outside every period the other tests read. */
    private static final LocalDate ELSEWHEN = LocalDate.parse("2025-06-01");

    private static AdminDatabase db;
    private static UUID owner;
    private static long nextStart = Era.MODERN.start().getEpochSecond();

    @BeforeAll
    static void fill() throws Exception {
        db = AdminDatabase.open();
        owner = db.account("Owner", "dashboard-owner@example.test").getId();

        // Sales: two on D1 (the last second of the day included), one on D2 at midnight; one paid on
        // D2 then refunded; one paid before the period; one never paid.
        paid(499, at(D1, "00:00:00"));
        CustomerOrder lastSecond = paid(1_000, at(D1, "23:59:59"));
        CustomerOrder midnight = paid(805, at(D2, "00:00:00"));
        db.order(owner, start(), 2_000, at(D2, "09:00:00"), at(D2, "09:10:00"), true);
        paid(7_777, at(D1.minusDays(1), "23:59:59"));
        db.order(owner, start(), 499, at(D2, "10:00:00"), null, false);

        // Certificates: one on D1, two on D3 (whatever became of them), one on the day after the period.
        db.certificate(lastSecond, at(D1, "23:59:59"));
        db.certificate(midnight, at(D3, "00:00:00"));
        db.certificate(paid(499, at(D3, "12:00:00")), at(D3, "12:00:30"));
        db.certificate(paid(499, at(D3, "23:00:00")), at(D3.plusDays(1), "00:00:00"));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void salesAreTheStillPaidOrdersSummedPerUtcDayOfPayment() {
        assertThat(read((DashboardQueries q) -> q.paidOrdersPerDay(D1, D3))).containsExactly(
                new DayTotal(D1, 2, 1_499),
                new DayTotal(D2, 1, 805));
        assertThat(read((DashboardQueries q) -> q.paidOrdersPerDay(D2, D2.plusDays(1)))).containsExactly(new DayTotal(D2, 1, 805));
        assertThat(read((DashboardQueries q) -> q.paidOrdersPerDay(D1.minusDays(10), D1.minusDays(2)))).isEmpty();
    }

    @Test
    void certificatesAreCountedPerUtcDayOfIssue() {
        assertThat(read((DashboardQueries q) -> q.certificatesPerDay(D1, D3.plusDays(1)))).containsExactly(
                new DayTotal(D1, 1, 0),
                new DayTotal(D3, 2, 0));
    }

    @Test
    void funnelCountsQuotesOrdersAndThoseThatWerePaidInThePeriod() {
        db.inTransaction(em -> {
            em.createNativeQuery("INSERT INTO quote_tally (utc_day, quotes) VALUES (?1, 40), (?2, 2), (?3, 1000)")
                    .setParameter(1, D1.toEpochDay()).setParameter(2, D2.toEpochDay())
                    .setParameter(3, D1.minusDays(1).toEpochDay())
                    .executeUpdate();
            return null;
        });
        // Placed on D1 and D2: three paid (one of them refunded since) and one never paid. Those
        // placed the day before (paid at D1's first second, and the earlier sale) are outside, as
        // are those of D3.
        assertThat(read((DashboardQueries q) -> q.funnel(D1, D3))).isEqualTo(new Funnel(42, 4, 3));
        assertThat(read((DashboardQueries q) -> q.funnel(D3, D3.plusDays(1)))).isEqualTo(new Funnel(0, 2, 2));
    }

    @Test
    void confirmedMomentsAreCountedInTheEraTheyStartIn() {
        Map<Era, Long> before = read(DashboardQueries::confirmedMomentsPerEra);
        // At the very start of the range, in the last minute before and at the start of Classical
        // Antiquity, in the last minute of the range; a held and a released moment count nowhere.
        confirmedAt(Span.MIN_START.getEpochSecond());
        confirmedAt(Era.CLASSICAL.start().getEpochSecond() - 60);
        confirmedAt(Era.CLASSICAL.start().getEpochSecond());
        confirmedAt(Span.MAX_END.getEpochSecond() - 60);
        db.order(owner, Era.MIDDLE_AGES.start().getEpochSecond(), 499, at(ELSEWHEN, "08:00:00"), null, false);
        db.order(owner, Era.MIDDLE_AGES.start().getEpochSecond() + 60, 499, at(ELSEWHEN, "08:00:00"),
                at(ELSEWHEN, "08:01:00"), true);

        Map<Era, Long> after = read(DashboardQueries::confirmedMomentsPerEra);
        assertThat(after).hasSize(7);
        assertThat(after.get(Era.ANCIENT) - before.get(Era.ANCIENT)).isEqualTo(2);
        assertThat(after.get(Era.CLASSICAL) - before.get(Era.CLASSICAL)).isEqualTo(1);
        assertThat(after.get(Era.MIDDLE_AGES) - before.get(Era.MIDDLE_AGES)).isZero();
        assertThat(after.get(Era.OUR_CENTURY) - before.get(Era.OUR_CENTURY)).isEqualTo(1);
        assertThat(after).contains(entry(Era.EARLY_MODERN, 0L), entry(Era.INDUSTRIAL, 0L));
    }

    private static CustomerOrder paid(long cents, Instant paidAt) {
        return db.order(owner, start(), cents, paidAt.minusSeconds(60), paidAt, false);
    }

    private static void confirmedAt(long startSecond) {
        db.order(owner, startSecond, 499, at(ELSEWHEN, "07:00:00"), at(ELSEWHEN, "07:00:10"), false);
    }

    /** A fresh minute of the Modern Era for each order whose moment's time does not matter. */
    private static long start() {
        nextStart += 3_600;
        return nextStart;
    }

    private static Instant at(LocalDate day, String time) {
        return Instant.parse(day + "T" + time + "Z");
    }

    private static <T> T read(Function<DashboardQueries, T> query) {
        return db.inTransaction((EntityManager em) -> {
            DashboardQueries queries = new DashboardQueries();
            queries.em = em;
            return query.apply(queries);
        });
    }
}

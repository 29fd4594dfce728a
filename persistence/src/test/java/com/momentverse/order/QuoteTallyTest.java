package com.momentverse.order;

import com.momentverse.testing.AdminDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-day quote count on the real schema: a day's row is opened once, then counted up in place. */
class QuoteTallyTest {

    private static final LocalDate DAY = LocalDate.parse("2023-07-14");

    private static AdminDatabase db;

    @BeforeAll
    static void openDatabase() throws Exception {
        db = AdminDatabase.open();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aDayIsOpenedOnceThenCountedUp() {
        assertThat(add(1)).isFalse();
        openDay();
        assertThat(add(1)).isTrue();
        assertThat(add(2)).isTrue();
        assertThatThrownBy(QuoteTallyTest::openDay).isInstanceOf(RuntimeException.class);
        long quotes = db.inTransaction(em -> ((Number) em.createNativeQuery("SELECT quotes FROM quote_tally WHERE utc_day = ?1")
                .setParameter(1, DAY.toEpochDay()).getSingleResult()).longValue());
        assertThat(quotes).isEqualTo(3);
    }

    private static boolean add(long quotes) {
        return db.inTransaction(em -> tally(em).add(DAY, quotes));
    }

    private static void openDay() {
        db.inTransaction(em -> {
            tally(em).open(DAY);
            return null;
        });
    }

    private static QuoteTally tally(jakarta.persistence.EntityManager em) {
        QuoteTally tally = new QuoteTally();
        tally.em = em;
        return tally;
    }
}

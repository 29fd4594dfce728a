package com.momentverse.order;

import com.momentverse.common.NewestFirst;
import com.momentverse.testing.AdminDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators' order search on the real schema: by e-mail text, by status, newest first, in pages. */
class OrderSearchTest {

    private static final Instant T = Instant.parse("2024-02-01T10:00:00Z");
    private static final String MARK = UUID.randomUUID().toString().substring(0, 8);

    private static AdminDatabase db;
    private static CustomerOrder adaPaid;
    private static CustomerOrder adaPending;
    private static CustomerOrder bobPaid;

    @BeforeAll
    static void fill() throws Exception {
        db = AdminDatabase.open();
        UUID ada = db.account("Ada", "Ada.Lovelace-" + MARK + "@Example.test").getId();
        UUID bob = db.account("Bob", "bob_" + MARK + "@example.test").getId();
        long start = LocalDate.parse("1850-01-01").toEpochDay() * 86_400;
        adaPaid = db.order(ada, start, 499, T, T.plusSeconds(30), false);
        adaPending = db.order(ada, start + 600, 499, T.plusSeconds(60), null, false);
        bobPaid = db.order(bob, start + 1200, 499, T.plusSeconds(120), T.plusSeconds(150), false);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void findsTheOrdersOfAddressesContainingTheTextNewestFirst() {
        assertThat(ids(search("lovelace-" + MARK, null, null, 10))).containsExactly(adaPending.getId(), adaPaid.getId());
        assertThat(ids(search(MARK + "@EXAMPLE", null, null, 10)))
                .containsExactly(bobPaid.getId(), adaPending.getId(), adaPaid.getId());
        // "_" is a character here, not LIKE's wildcard.
        assertThat(ids(search("bob" + MARK, null, null, 10))).isEmpty();
    }

    @Test
    void filtersByStatusAndPages() {
        assertThat(ids(search(MARK, OrderStatus.PAID, null, 10))).containsExactly(bobPaid.getId(), adaPaid.getId());
        List<CustomerOrder> first = search(MARK, null, null, 2);
        assertThat(ids(first)).containsExactly(bobPaid.getId(), adaPending.getId());
        CustomerOrder last = first.get(1);
        assertThat(ids(search(MARK, null, new NewestFirst(last.getCreatedAt(), last.getId()), 2)))
                .containsExactly(adaPaid.getId());
    }

    private static List<UUID> ids(List<CustomerOrder> orders) {
        return orders.stream().map(CustomerOrder::getId).toList();
    }

    private static List<CustomerOrder> search(String email, OrderStatus status, NewestFirst after, int limit) {
        return db.inTransaction(em -> {
            OrderRepository repository = new OrderRepository();
            repository.em = em;
            return repository.search(email, status, after, limit);
        });
    }
}

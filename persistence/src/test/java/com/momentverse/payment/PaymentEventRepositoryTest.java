package com.momentverse.payment;

import com.momentverse.testing.AdminDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An order's payment events, as the order page of administrators lists them: in the order they arrived. */
class PaymentEventRepositoryTest {

    private static AdminDatabase db;

    @BeforeAll
    static void open() throws Exception {
        db = AdminDatabase.open();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void listsTheEventsOfOneOrderOldestFirst() {
        UUID order = UUID.randomUUID();
        Instant t = Instant.parse("2024-03-01T10:00:00Z");
        db.inTransaction(em -> {
            PaymentEventRepository events = repository(em);
            events.record(new PaymentEvent("evt_b_" + order, "charge.refunded", order, t.plusSeconds(60)));
            events.record(new PaymentEvent("evt_a_" + order, "checkout.session.completed", order, t));
            events.record(new PaymentEvent("evt_c_" + order, "checkout.session.completed", UUID.randomUUID(), t));
            return null;
        });
        List<PaymentEvent> found = db.inTransaction(em -> repository(em).ofOrder(order));
        assertThat(found).extracting(PaymentEvent::getEventType)
                .containsExactly("checkout.session.completed", "charge.refunded");
        assertThat(found.get(0).getReceivedAt()).isEqualTo(t);
        assertThat(found.get(0).getOrderId()).isEqualTo(order);
    }

    private static PaymentEventRepository repository(jakarta.persistence.EntityManager em) {
        PaymentEventRepository repository = new PaymentEventRepository();
        repository.em = em;
        return repository;
    }
}

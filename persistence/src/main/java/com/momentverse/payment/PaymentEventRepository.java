package com.momentverse.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.util.List;
import java.util.UUID;

/** Records payment events, once each. */
@ApplicationScoped
public class PaymentEventRepository {

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    /**
     * Records the event now, in the caller's transaction. A second transaction recording the same
     * id waits for the first and then fails; so whatever the first one does with the event, the
     * second does not.
     *
     * @throws DuplicateEventException when the event was recorded before
     */
    public void record(PaymentEvent event) {
        if (em.find(PaymentEvent.class, event.getEventId()) != null) {
            throw new DuplicateEventException(event.getEventId());
        }
        try {
            em.persist(event);
            em.flush();
        } catch (PersistenceException e) {
            throw new DuplicateEventException(event.getEventId());
        }
    }

    /** The events recorded about an order, in the order they arrived. */
    public List<PaymentEvent> ofOrder(UUID orderId) {
        return em.createQuery("SELECT e FROM PaymentEvent e WHERE e.orderId = :order ORDER BY e.receivedAt, e.eventId",
                        PaymentEvent.class)
                .setParameter("order", orderId)
                .getResultList();
    }
}

package com.momentverse.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A payment provider's event that was acted on. Its id is the primary key, so the database lets
 * each event be recorded, and acted on, once.
 */
@Entity
@Table(name = "payment_event")
public class PaymentEvent {

    @Id
    @Column(name = "event_id", length = 255)
    private String eventId;

    @Column(name = "event_type", length = 100, nullable = false, updatable = false)
    private String eventType;

    @Column(name = "order_id", updatable = false)
    private UUID orderId;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected PaymentEvent() {
        // for JPA
    }

    public PaymentEvent(String eventId, String eventType, UUID orderId, Instant receivedAt) {
        this.eventId = eventId;
        this.eventType = eventType;
        this.orderId = orderId;
        this.receivedAt = receivedAt;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    /** The order the event was about, or null when it named none of ours. */
    public UUID getOrderId() {
        return orderId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}

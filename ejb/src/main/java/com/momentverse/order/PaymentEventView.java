package com.momentverse.order;

import java.io.Serializable;
import java.time.Instant;

/** A payment provider's event that was acted on for an order: its id, its type, when it arrived. */
public record PaymentEventView(String eventId, String type, Instant receivedAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}

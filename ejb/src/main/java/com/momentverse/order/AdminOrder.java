package com.momentverse.order;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * An order as administrators see it: what its owner sees, who placed it, and how it was paid.
 *
 * @param accountId        the customer's account, or null once they deleted it
 * @param customerEmail    the customer's address, or null once they deleted their account
 * @param paymentReference the payment provider's reference of the payment (Stripe: the payment
 *                         intent; the test checkout: "test_…"), or null before payment
 * @param refundedAt       when it was refunded, or null
 */
public record AdminOrder(OrderView order, UUID accountId, String customerName, String customerEmail,
                         String paymentReference, Instant refundedAt) implements Serializable {

    private static final long serialVersionUID = 1L;
}

package com.momentverse.payment.stripe;

import com.momentverse.order.OrderLine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a Checkout session is made from: the order's stored lines (one Checkout line item each,
 * same quantity and unit amount, so Stripe charges the stored total), and when it expires.
 */
public record CheckoutRequest(UUID orderId, UUID momentId, List<OrderLine> lines, String currency,
                              Instant expiresAt) {

    public CheckoutRequest {
        lines = List.copyOf(lines);
    }
}

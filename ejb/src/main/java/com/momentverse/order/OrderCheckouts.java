package com.momentverse.order;

import com.momentverse.common.NotFoundException;
import com.momentverse.payment.stripe.CheckoutRequest;
import com.momentverse.payment.stripe.CheckoutSession;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The short transactions around a call to the payment provider: read what the call needs, then
 * record what it answered. The call itself runs between them, outside any transaction, so no row
 * stays locked while the provider answers.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OrderCheckouts {

    @Inject
    OrderRepository orders;

    @Inject
    CheckoutLinks links;

    /** What the order's checkout session is made from, expiring at {@code expiresAt}. */
    public CheckoutRequest request(UUID orderId, Instant expiresAt) {
        CustomerOrder order = orders.find(orderId).orElseThrow(NotFoundException::new);
        return new CheckoutRequest(order.getId(), order.getMoment().getId(), order.getLines(), order.getTotal().currency(),
                expiresAt);
    }

    /** Records the session made for a pending order; the hold lasts at least until the session expires. */
    public OrderView attach(UUID orderId, CheckoutSession session, Instant expiresAt) {
        CustomerOrder order = orders.findForUpdate(orderId).orElseThrow(NotFoundException::new);
        order.attachCheckout(session.id(), session.url(), expiresAt);
        return OrderView.of(order, links);
    }

    /** The order's checkout session id, if it has one. */
    public Optional<String> sessionOf(UUID orderId) {
        return orders.find(orderId).flatMap(CustomerOrder::getCheckoutSessionId);
    }

    /** The reference of the order's payment (Stripe: the payment intent), if it was paid. */
    public Optional<String> paymentOf(UUID orderId) {
        return orders.find(orderId).flatMap(CustomerOrder::getPaymentReference);
    }

    /** The order's current state, as its owner or an administrator sees it. */
    public OrderView view(UUID orderId) {
        return OrderView.of(orders.find(orderId).orElseThrow(NotFoundException::new), links);
    }
}

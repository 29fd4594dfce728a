package com.momentverse.payment.stripe;

import com.momentverse.admin.AuditLog;
import com.momentverse.order.CustomerOrder;
import com.momentverse.order.OrderRepository;
import com.momentverse.payment.FulfilmentService;
import com.momentverse.payment.PaymentEvent;
import com.momentverse.payment.PaymentEventRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Acts on a Stripe event in one transaction with the record of its id: either both happen or
 * neither, so a redelivered event, or a copy racing on another thread or node, finds the record
 * and changes nothing ({@link com.momentverse.payment.DuplicateEventException}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StripeEventLog {

    /** What an event does to its order. */
    public enum Effect {
        /** Paid: fulfil (a late payment that cannot be accepted throws, and is refunded outside). */
        PAID,
        /** The payment failed: a pending order fails. */
        FAILED,
        /** The checkout ended unpaid: a pending order expires. */
        EXPIRED,
        /** The payment was refunded (from Stripe's side): a paid order is refunded. */
        REFUNDED,
        /** A late payment was refunded because its span was taken: record it. */
        LATE_PAYMENT_REFUNDED,
        /** Nothing to do, but remember the event. */
        NONE
    }

    @Inject
    PaymentEventRepository events;

    @Inject
    OrderRepository orders;

    @EJB
    FulfilmentService fulfilment;

    Clock clock = Clock.systemUTC();

    /**
     * Records the event and applies its effect.
     *
     * @param orderId       the order it is about, or null when it names none of ours
     * @param paymentIntent the payment, for PAID and LATE_PAYMENT_REFUNDED
     * @return whether the order changed
     * @throws com.momentverse.payment.DuplicateEventException when the event was recorded before
     */
    public boolean apply(String eventId, String type, UUID orderId, Effect effect, String paymentIntent) {
        events.record(new PaymentEvent(eventId, type, orderId, clock.instant()));
        if (orderId == null || orders.find(orderId).isEmpty()) {
            return false;
        }
        switch (effect) {
            case PAID:
                return fulfilment.paid(orderId, paymentIntent, AuditLog.STRIPE);
            case FAILED:
                return fulfilment.failed(orderId, AuditLog.STRIPE);
            case EXPIRED:
                return fulfilment.checkoutExpired(orderId, AuditLog.STRIPE);
            case REFUNDED:
                return fulfilment.refunded(orderId, AuditLog.STRIPE);
            case LATE_PAYMENT_REFUNDED:
                return fulfilment.latePaymentRefunded(orderId, paymentIntent, AuditLog.STRIPE);
            default:
                return false;
        }
    }

    /** The order paid with this payment intent, for events about charges. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<UUID> orderPaidWith(String paymentIntent) {
        return paymentIntent == null ? Optional.empty() : orders.paidWith(paymentIntent).map(CustomerOrder::getId);
    }
}

package com.momentverse.payment;

import com.momentverse.admin.AuditLog;
import com.momentverse.certificate.CertificateIssuer;
import com.momentverse.certificate.OrderPaid;
import com.momentverse.common.NotFoundException;
import com.momentverse.moment.MomentRepository;
import com.momentverse.moment.SpanTakenException;
import com.momentverse.moment.StarTakenException;
import com.momentverse.order.CustomerOrder;
import com.momentverse.order.OrderRepository;
import com.momentverse.order.OrderStatus;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Turns what is known about a payment into the order's and the moment's new state, with the
 * customer's mail and an audit entry in the same transaction. Whoever learns of the payment calls
 * it: the test checkout, Stripe's webhook, the return page, the hold's end.
 *
 * <p>Idempotent: each method locks the order's row, and doing again what is done changes nothing
 * (and mails nothing), so a payment reported twice, from a webhook and a return page at once or by
 * a redelivered event, is fulfilled once. What no longer applies (an "expired" event for a paid
 * order) changes nothing either. Counted as {@code mv_payments_total{outcome=paid|failed|refunded}}.
 */
@Stateless
public class FulfilmentService {

    @Inject
    OrderRepository orders;

    @Inject
    MomentRepository moments;

    @Inject
    PaymentMails mails;

    @EJB
    AuditLog audit;

    @EJB
    CertificateIssuer certificates;

    /** Observed after the commit, to issue the certificate ({@code CertificateOnPayment}). */
    @Inject
    Event<OrderPaid> paidEvents;

    @Inject
    MeterRegistry meters;

    Clock clock = Clock.systemUTC();

    /**
     * The order is paid. A pending order becomes PAID and its moment CONFIRMED. An order whose hold
     * ran out before the payment arrived (a late payment) is confirmed again if its span and star
     * are still free.
     *
     * @param reference the payment's reference (Stripe: the payment intent)
     * @return true if this call fulfilled the order, false if it was fulfilled before
     * @throws LatePaymentRefusedException a late payment whose span or star someone else holds now, or
     *                                     whose customer deleted their account (it must be refunded)
     * @throws StateConflictException when the order failed or was refunded
     */
    public boolean paid(UUID orderId, String reference, String actor) {
        CustomerOrder order = lock(orderId);
        Instant now = clock.instant();
        boolean changed;
        if (order.getStatus() == OrderStatus.EXPIRED) {
            reinstateForLatePayment(order);
            changed = order.acceptLatePayment(now, reference);
        } else {
            changed = order.markPaid(now, reference);
        }
        if (changed) {
            paidEvents.fire(new OrderPaid(orderId));
            mails.confirmed(order);
            audit.record(actor, "order.paid", subject(order), "total " + order.getTotal() + ", payment " + reference);
            count("paid");
        }
        return changed;
    }

    /**
     * Paying failed: a pending order becomes FAILED and frees its span and star. Anything else
     * stays as it is.
     *
     * @return true if this call changed the order
     */
    public boolean failed(UUID orderId, String actor) {
        CustomerOrder order = lock(orderId);
        if (!order.isPending()) {
            return false;
        }
        order.markFailed(clock.instant());
        audit.record(actor, "order.failed", subject(order), null);
        count("failed");
        return true;
    }

    /**
     * The checkout ended unpaid (the session expired): a pending order becomes EXPIRED and frees
     * its span and star. Anything else stays as it is.
     *
     * @return true if this call changed the order
     */
    public boolean checkoutExpired(UUID orderId, String actor) {
        CustomerOrder order = lock(orderId);
        if (!order.isPending()) {
            return false;
        }
        order.expire(clock.instant());
        audit.record(actor, "order.expired", subject(order), "checkout expired");
        return true;
    }

    /**
     * The payment was refunded: a paid order becomes REFUNDED and releases its moment. Anything
     * else stays as it is (a second refund report changes nothing).
     *
     * @return true if this call changed the order
     */
    public boolean refunded(UUID orderId, String actor) {
        CustomerOrder order = lock(orderId);
        if (order.getStatus() != OrderStatus.PAID) {
            return false;
        }
        order.refund(clock.instant());
        certificates.revokeFor(orderId);
        mails.refunded(order);
        audit.record(actor, "order.refunded", subject(order), "total " + order.getTotal());
        count("refunded");
        return true;
    }

    /**
     * A late payment that could not be accepted was given back: the expired order is REFUNDED
     * (its moment stays released) and the customer is told.
     *
     * @return true if this call changed the order
     */
    public boolean latePaymentRefunded(UUID orderId, String reference, String actor) {
        CustomerOrder order = lock(orderId);
        if (order.getStatus() != OrderStatus.EXPIRED) {
            return false;
        }
        order.refundLatePayment(clock.instant(), reference);
        mails.latePaymentRefunded(order);
        audit.record(actor, "order.late-payment-refunded", subject(order), "payment " + reference);
        count("refunded");
        return true;
    }

    /** Makes a late-paid order's moment active again, or says why the payment must go back. */
    private void reinstateForLatePayment(CustomerOrder order) {
        if (order.getAccountId() == null) {
            throw new LatePaymentRefusedException("the customer deleted their account");
        }
        try {
            moments.reinstate(order.getMoment());
        } catch (SpanTakenException | StarTakenException e) {
            throw new LatePaymentRefusedException("the span or the star is taken");
        }
    }

    private CustomerOrder lock(UUID orderId) {
        return orders.findForUpdate(orderId).orElseThrow(NotFoundException::new);
    }

    private void count(String outcome) {
        meters.counter("mv.payments", "outcome", outcome).increment();
    }

    private static String subject(CustomerOrder order) {
        return "order:" + order.getId();
    }
}

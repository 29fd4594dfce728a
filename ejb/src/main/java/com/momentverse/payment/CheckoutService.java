package com.momentverse.payment;

import com.momentverse.account.Caller;
import com.momentverse.admin.AuditLog;
import com.momentverse.common.StateConflictException;
import com.momentverse.order.HoldRelease;
import com.momentverse.order.OrderCheckouts;
import com.momentverse.order.OrderService;
import com.momentverse.order.OrderView;
import com.momentverse.payment.stripe.CheckoutSession;
import com.momentverse.payment.stripe.StripeGateway;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Checkout with Stripe, from the order's side: opening the session, and asking Stripe what became
 * of it whenever that matters (the customer is back, the hold ran out, the customer cancels), so
 * that a lost webhook never loses a sale and a paid order is never released. In test mode (no
 * Stripe key) there is no session and these steps do nothing more than the order itself.
 *
 * <p>No transaction of its own: each step reads in a short transaction, calls Stripe with no
 * transaction open, and records the answer in another ({@link OrderCheckouts},
 * {@link FulfilmentService}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CheckoutService {

    /** Stripe refuses a session that expires sooner than this after its creation. */
    static final Duration STRIPE_MINIMUM_EXPIRY = Duration.ofMinutes(30);

    @Inject
    PaymentSettings settings;

    @Inject
    StripeGateway stripe;

    @EJB
    OrderCheckouts checkouts;

    @EJB
    OrderService orders;

    @EJB
    FulfilmentService fulfilment;

    @EJB
    HoldRelease holds;

    @Inject
    MeterRegistry meters;

    Clock clock = Clock.systemUTC();

    /**
     * Opens the checkout of a freshly placed order: with Stripe, a Checkout session with the
     * order's lines that expires when the hold ends, the hold extended first where Stripe needs a
     * later expiry; in test mode, nothing.
     *
     * @throws PaymentProviderException when Stripe fails; the order stays pending with its hold
     */
    public OrderView open(UUID orderId) {
        OrderView order = checkouts.view(orderId);
        if (settings.testMode()) {
            return order;
        }
        Instant earliest = clock.instant().plus(STRIPE_MINIMUM_EXPIRY).plus(settings.expiryMargin());
        Instant expiresAt = wholeSecondNotBefore(order.holdExpiresAt().isAfter(earliest) ? order.holdExpiresAt() : earliest);
        CheckoutSession session = stripe.createSession(checkouts.request(orderId, expiresAt));
        meters.counter("mv.payments", "outcome", "started").increment();
        return checkouts.attach(orderId, session, expiresAt);
    }

    /**
     * The owner goes to checkout again: the pending order's page, opened now if an outage kept it
     * from opening before.
     */
    public OrderView reopen(Caller caller, UUID orderId) {
        OrderView order = orders.own(caller, orderId);
        if (!order.isPending()) {
            throw new StateConflictException("Only an order that awaits payment goes to checkout.");
        }
        return order.checkoutUrl() != null ? order : open(orderId);
    }

    /**
     * The owner gives up a pending order. With Stripe its session is ended first, so it cannot be
     * paid after the span is freed; if it was paid in the meantime, it is fulfilled instead.
     *
     * @throws StateConflictException when the order no longer awaits payment (or was just paid)
     */
    public OrderView cancel(Caller caller, UUID orderId) {
        OrderView order = orders.own(caller, orderId);
        if (!order.isPending()) {
            throw new StateConflictException("Only an order that awaits payment can be cancelled.");
        }
        Optional<CheckoutSession> session = session(orderId).map(stripe::expire);
        if (session.isPresent() && session.get().isPaid()) {
            settle(orderId, session.get().paymentIntent(), AuditLog.STRIPE);
            throw new StateConflictException("This order was paid in the meantime, so it can no longer be cancelled.");
        }
        return orders.cancel(caller, orderId);
    }

    /** The customer is back from Stripe: if Stripe says paid, the order is fulfilled now. */
    public void reconcile(UUID orderId) {
        Optional<CheckoutSession> session = session(orderId).map(stripe::session);
        if (session.isPresent() && session.get().isPaid()) {
            settle(orderId, session.get().paymentIntent(), AuditLog.STRIPE);
        }
    }

    /**
     * The order's hold ran out. With Stripe the session decides: paid, the order is fulfilled; still
     * open, it is expired at Stripe first. Then an unpaid order expires and frees its span and star.
     *
     * @throws PaymentProviderException when Stripe cannot be asked: the order stays pending and the
     *                                  next sweep asks again
     * @return true if the hold was released, false if the order was paid after all (or had changed)
     */
    public boolean endHold(UUID orderId, Instant now) {
        Optional<CheckoutSession> session = session(orderId).map(stripe::expire);
        if (session.isPresent() && session.get().isPaid()) {
            settle(orderId, session.get().paymentIntent(), AuditLog.SYSTEM);
            return false;
        }
        return holds.releaseIfOver(orderId, now);
    }

    /**
     * Fulfils a paid order. A late payment whose span or star someone else holds by now is given
     * back in full (the refund's key makes a repeat the same refund) and the customer is told.
     */
    public void settle(UUID orderId, String paymentIntent, String actor) {
        try {
            fulfilment.paid(orderId, paymentIntent, actor);
        } catch (LatePaymentRefusedException e) {
            stripe.refund(paymentIntent, orderId);
            fulfilment.latePaymentRefunded(orderId, paymentIntent, actor);
        }
    }

    private Optional<String> session(UUID orderId) {
        return settings.testMode() ? Optional.empty() : checkouts.sessionOf(orderId);
    }

    private static Instant wholeSecondNotBefore(Instant instant) {
        Instant second = instant.truncatedTo(ChronoUnit.SECONDS);
        return second.equals(instant) ? second : second.plusSeconds(1);
    }
}

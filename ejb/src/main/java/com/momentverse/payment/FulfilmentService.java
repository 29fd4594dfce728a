package com.momentverse.payment;

import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import com.momentverse.order.CustomerOrder;
import com.momentverse.order.OrderRepository;
import com.momentverse.order.OrderStatus;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.UUID;

/**
 * Turns a payment's outcome into the order's and the moment's new state: paid confirms the
 * moment, failed releases it. The test checkout calls it now; Stripe's webhook and return page
 * will call the same methods.
 *
 * <p>Idempotent: each method locks the order's row, and doing again what is done changes
 * nothing, so a payment reported twice (webhook and return page, a redelivered event) is
 * fulfilled once. Counted as {@code mv_payments_total{outcome=paid|failed}}.
 */
@Stateless
public class FulfilmentService {

    @Inject
    OrderRepository orders;

    @Inject
    MeterRegistry meters;

    Clock clock = Clock.systemUTC();

    /**
     * Records the payment of an order.
     *
     * @param reference the payment provider's reference (a test reference in test mode)
     * @return true if this call fulfilled the order, false if it was fulfilled before
     * @throws HoldExpiredException   when the hold ran out and the order expired before payment
     * @throws StateConflictException when the order failed or was refunded
     */
    public boolean paid(UUID orderId, String reference) {
        CustomerOrder order = orders.findForUpdate(orderId).orElseThrow(NotFoundException::new);
        if (order.getStatus() == OrderStatus.EXPIRED) {
            throw new HoldExpiredException();
        }
        boolean changed = order.markPaid(clock.instant(), reference);
        if (changed) {
            meters.counter("mv.payments", "outcome", "paid").increment();
        }
        return changed;
    }

    /**
     * Records that paying for an order failed: the span and the star are free again.
     *
     * @return true if this call changed the order, false if it had failed before
     * @throws StateConflictException when the order is no longer pending (paid, expired, refunded)
     */
    public boolean failed(UUID orderId) {
        CustomerOrder order = orders.findForUpdate(orderId).orElseThrow(NotFoundException::new);
        boolean changed = order.markFailed(clock.instant());
        if (changed) {
            meters.counter("mv.payments", "outcome", "failed").increment();
        }
        return changed;
    }
}

package com.momentverse.payment;

import com.momentverse.account.Caller;
import com.momentverse.common.NotFoundException;
import com.momentverse.order.OrderService;
import com.momentverse.order.OrderStatus;
import com.momentverse.order.OrderView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * The built-in checkout that stands in for Stripe when no Stripe keys are configured (the local
 * default): its owner pays or fails an order without a payment provider, through the same
 * {@link FulfilmentService} that real payments use. Only the order's owner may use it, and only
 * in test mode.
 */
@Stateless
public class TestCheckout {

    /** How the reference of a payment made here starts: no provider holds money for it. */
    public static final String TEST_PAYMENT_PREFIX = "test_";

    @EJB
    OrderService orders;

    @EJB
    FulfilmentService fulfilment;

    @Inject
    PaymentSettings settings;

    /**
     * The order to show on the test checkout page.
     *
     * @throws NotFoundException outside test mode, or unless the caller placed the order
     */
    public OrderView order(Caller caller, UUID orderId) {
        if (!settings.testMode()) {
            throw new NotFoundException();
        }
        return orders.own(caller, orderId);
    }

    /**
     * Pays the caller's order in test mode.
     *
     * @throws HoldExpiredException when the hold ran out first (no money moved: claim again)
     */
    public OrderView pay(Caller caller, UUID orderId) {
        if (order(caller, orderId).status() == OrderStatus.EXPIRED) {
            throw new HoldExpiredException();
        }
        fulfilment.paid(orderId, TEST_PAYMENT_PREFIX + UUID.randomUUID(), caller.accountId().toString());
        return orders.own(caller, orderId);
    }

    /** Fails the caller's order in test mode: the hold is freed. */
    public OrderView fail(Caller caller, UUID orderId) {
        order(caller, orderId);
        fulfilment.failed(orderId, caller.accountId().toString());
        return orders.own(caller, orderId);
    }
}

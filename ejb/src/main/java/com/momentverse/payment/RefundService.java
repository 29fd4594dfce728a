package com.momentverse.payment;

import com.momentverse.account.Caller;
import com.momentverse.common.StateConflictException;
import com.momentverse.order.OrderCheckouts;
import com.momentverse.order.OrderService;
import com.momentverse.order.OrderStatus;
import com.momentverse.order.OrderView;
import com.momentverse.payment.stripe.StripeGateway;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/**
 * An administrator refunds a paid order: the money goes back through Stripe (with a key derived
 * from the order, so a repeated refund is the same refund), then the order is REFUNDED, the moment
 * released and the customer mailed. An order paid on the test checkout has no money to give
 * back, only its state changes.
 */
@Stateless
@RolesAllowed("ADMIN")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundService {

    @Inject
    PaymentSettings settings;

    @Inject
    StripeGateway stripe;

    @EJB
    OrderService orders;

    @EJB
    OrderCheckouts checkouts;

    @EJB
    FulfilmentService fulfilment;

    /**
     * @throws com.momentverse.common.NotFoundException when there is no such order
     * @throws StateConflictException    unless the order is paid
     * @throws PaymentProviderException  when Stripe fails (nothing changes here)
     */
    public OrderView refund(Caller admin, UUID orderId) {
        OrderView order = orders.find(admin, orderId);
        if (order.status() != OrderStatus.PAID) {
            throw new StateConflictException("Only a paid order can be refunded; this one is "
                    + order.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
        }
        Optional<String> payment = checkouts.paymentOf(orderId)
                .filter(reference -> !reference.startsWith(TestCheckout.TEST_PAYMENT_PREFIX));
        if (payment.isPresent() && !settings.testMode()) {
            stripe.refund(payment.get(), orderId);
        }
        fulfilment.refunded(orderId, admin.accountId().toString());
        return checkouts.view(orderId);
    }
}

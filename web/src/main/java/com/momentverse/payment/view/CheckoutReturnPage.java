package com.momentverse.payment.view;

import com.momentverse.common.NotFoundException;
import com.momentverse.order.OrderService;
import com.momentverse.order.view.OrderRow;
import com.momentverse.payment.CheckoutService;
import com.momentverse.payment.PaymentProviderException;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * {@code /checkout/return?order=…}: where Stripe sends the customer back. The order is settled
 * here too, from what Stripe says about its session (nothing in the request is trusted), and
 * idempotently with the webhook: whichever comes first fulfils, the other changes nothing. Signed
 * in or not, the customer may arrive here; only the order's owner sees its details, anyone else a
 * general "see your e-mail" message.
 */
@Named
@RequestScoped
public class CheckoutReturnPage {

    private static final Logger LOG = Logger.getLogger(CheckoutReturnPage.class);

    @EJB
    CheckoutService checkout;

    @EJB
    OrderService orders;

    @Inject
    CurrentCaller caller;

    private String order;
    private OrderRow row;
    private boolean providerDown;

    public void load() {
        UUID orderId;
        try {
            orderId = UUID.fromString(order == null ? "" : order.strip());
        } catch (IllegalArgumentException e) {
            return;
        }
        try {
            checkout.reconcile(orderId);
        } catch (PaymentProviderException e) {
            providerDown = true;
        } catch (NotFoundException e) {
            return;
        } catch (RuntimeException e) {
            // The webhook and the hold's end settle the order too; the page still answers.
            LOG.warnf("Return page could not settle order %s: %s", orderId, e.getClass().getSimpleName());
            providerDown = true;
        }
        try {
            row = OrderRow.of(orders.own(caller.get(), orderId));
        } catch (NotFoundException e) {
            row = null;
        }
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    /** The order, for its owner; null for anyone else. */
    public OrderRow getRow() {
        return row;
    }

    /** Whether Stripe could not be asked just now (the order is settled by the webhook or the hold's end). */
    public boolean isProviderDown() {
        return providerDown;
    }
}

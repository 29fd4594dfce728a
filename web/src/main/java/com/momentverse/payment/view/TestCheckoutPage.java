package com.momentverse.payment.view;

import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import com.momentverse.order.OrderView;
import com.momentverse.order.view.OrderRow;
import com.momentverse.payment.HoldExpiredException;
import com.momentverse.payment.TestCheckout;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;

/**
 * {@code /checkout/test/{orderId}}: the checkout that stands in for Stripe in test mode. Its owner
 * sees the order and pays it, fails it, or goes back to claiming (the hold stays until it runs
 * out or the order is cancelled). Anyone else, or any request outside test mode, gets the site's
 * 404 page, as if there were no such order.
 */
@Named
@ViewScoped
public class TestCheckoutPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TestCheckout checkout;

    @Inject
    CurrentCaller caller;

    private String order;
    private UUID orderId;
    private OrderRow row;

    /** On the first request: the order, or the 404 page. */
    public void load() throws IOException {
        try {
            orderId = UUID.fromString(order == null ? "" : order);
            row = OrderRow.of(checkout.order(caller.get(), orderId));
        } catch (IllegalArgumentException | NotFoundException e) {
            notFound();
        }
    }

    public void pay() throws IOException {
        try {
            checkout.pay(caller.get(), orderId);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Payment received (test mode): “" + row.getTitle() + "” is yours. Your certificate follows shortly.", null));
            ExternalContext external = faces.getExternalContext();
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/account");
        } catch (HoldExpiredException e) {
            error("Your hold on this span ran out before payment, so the span is free again. "
                    + "Claim it again if it is still free.");
            reload();
        } catch (StateConflictException e) {
            error("This order no longer awaits payment.");
            reload();
        } catch (NotFoundException e) {
            notFound();
        }
    }

    public void fail() throws IOException {
        try {
            checkout.fail(caller.get(), orderId);
            error("The payment failed (test mode): the span is free again.");
            reload();
        } catch (StateConflictException e) {
            error("This order no longer awaits payment.");
            reload();
        } catch (NotFoundException e) {
            notFound();
        }
    }

    private void reload() {
        OrderView view = checkout.order(caller.get(), orderId);
        row = OrderRow.of(view);
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, null);
        faces.responseComplete();
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public OrderRow getRow() {
        return row;
    }

    /** An order that ran out of time, as opposed to one paid, failed or cancelled. */
    public boolean isExpired() {
        return row != null && "expired".equals(row.getStatus());
    }
}

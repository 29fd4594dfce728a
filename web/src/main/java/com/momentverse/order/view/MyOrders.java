package com.momentverse.order.view;

import com.momentverse.common.NotFoundException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.StateConflictException;
import com.momentverse.order.OrderService;
import com.momentverse.payment.CheckoutService;
import com.momentverse.payment.PaymentProviderException;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * "My orders" on {@code /account}: the signed-in person's orders, newest first, and cancelling
 * one that still awaits payment (which frees its span and star at once).
 */
@Named
@RequestScoped
public class MyOrders {

    /** How many the account page lists: the newest. */
    static final int SHOWN = 50;

    @EJB
    OrderService orders;

    @EJB
    CheckoutService checkout;

    @Inject
    CurrentCaller caller;

    @Inject
    SiteLinks links;

    private List<OrderRow> rows;

    public List<OrderRow> getRows() {
        if (rows == null) {
            rows = orders.mine(caller.get().accountId(), PageRequest.first(SHOWN)).items().stream()
                    .map(OrderRow::of).toList();
        }
        return rows;
    }

    /** Opens checkout again for a pending order whose checkout could not open before (an outage). */
    public void reopen(UUID orderId) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(links.href(checkout.reopen(caller.get(), orderId).checkoutUrl()));
            return;
        } catch (PaymentProviderException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Our payment provider did not answer. Your hold is kept; please try again in a moment.", null));
        } catch (StateConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "This order no longer awaits payment.", null));
        }
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/account");
    }

    public void cancel(UUID orderId) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            checkout.cancel(caller.get(), orderId);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "The order was cancelled: its span and star are free again.", null));
        } catch (PaymentProviderException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Our payment provider did not answer, so the order is not cancelled yet. Please try again in a moment.", null));
        } catch (StateConflictException | NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "This order no longer awaits payment, so there is nothing to cancel.", null));
        }
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/account");
    }
}

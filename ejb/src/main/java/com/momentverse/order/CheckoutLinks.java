package com.momentverse.order;

import com.momentverse.common.PublicUrl;
import com.momentverse.payment.PaymentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/**
 * Where a customer pays for a pending order: the payment provider's checkout page once it is made,
 * or, without Stripe keys (the local default), the built-in test checkout page, which drives the
 * same fulfilment as Stripe.
 */
@ApplicationScoped
public class CheckoutLinks {

    @Inject
    @ConfigProperty(name = "mv.public-url")
    String publicUrl;

    @Inject
    PaymentSettings payments;

    /** The checkout page of a pending order, or null when there is none (yet) or the order is not pending. */
    public String checkoutUrl(CustomerOrder order) {
        if (!order.isPending()) {
            return null;
        }
        return payments.testMode() ? testCheckoutUrl(order.getId()) : order.getCheckoutUrl().orElse(null);
    }

    private String testCheckoutUrl(UUID orderId) {
        return PublicUrl.of(publicUrl, "/checkout/test/" + orderId);
    }
}

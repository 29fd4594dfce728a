package com.momentverse.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.UUID;

/**
 * Where a customer pays for a pending order. Without Stripe keys (the local default) that is the
 * built-in test checkout page, which drives the same fulfilment as Stripe will.
 */
@ApplicationScoped
public class CheckoutLinks {

    @Inject
    @ConfigProperty(name = "mv.public-url")
    String publicUrl;

    public String checkoutUrl(UUID orderId) {
        String base = publicUrl.strip();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/checkout/test/" + orderId;
    }
}

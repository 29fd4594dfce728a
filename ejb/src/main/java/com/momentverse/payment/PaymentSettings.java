package com.momentverse.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Whether real payments are configured: without a Stripe secret key the test checkout stands in. */
@ApplicationScoped
public class PaymentSettings {

    @Inject
    @ConfigProperty(name = "mv.stripe.secret-key")
    Optional<String> stripeSecretKey;

    /** True when no Stripe secret key is configured (the local default). */
    public boolean testMode() {
        return stripeSecretKey.map(String::isBlank).orElse(true);
    }
}

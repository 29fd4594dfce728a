package com.momentverse.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * How payments are taken. With a Stripe secret key ({@code MV_STRIPE_SECRET_KEY}) through Stripe
 * Checkout; without one (the local default) through the built-in test checkout. The secrets are
 * read from configuration only and never logged.
 */
@ApplicationScoped
public class PaymentSettings {

    @Inject
    @ConfigProperty(name = "mv.stripe.secret-key")
    Optional<String> stripeSecretKey;

    @Inject
    @ConfigProperty(name = "mv.stripe.webhook-secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "mv.stripe.api-base")
    Optional<String> apiBase;

    @Inject
    @ConfigProperty(name = "mv.stripe.expiry-margin-minutes")
    int expiryMarginMinutes;

    /** True when no Stripe secret key is configured (the local default). */
    public boolean testMode() {
        return stripeSecretKey.map(String::isBlank).orElse(true);
    }

    public Optional<String> secretKey() {
        return stripeSecretKey.filter(key -> !key.isBlank());
    }

    public Optional<String> webhookSecret() {
        return webhookSecret.filter(secret -> !secret.isBlank());
    }

    /** Another API base for Stripe (a stand-in in tests), or empty for Stripe itself. */
    public Optional<String> apiBase() {
        return apiBase.filter(base -> !base.isBlank());
    }

    /**
     * How much later than Stripe's minimum (30 minutes after the session is created) a session
     * expires at the earliest, so that the clocks of two machines never make Stripe refuse it.
     */
    public Duration expiryMargin() {
        return Duration.ofMinutes(expiryMarginMinutes);
    }
}

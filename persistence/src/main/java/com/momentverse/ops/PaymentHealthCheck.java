package com.momentverse.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;

/**
 * Readiness data for payments: how they are taken ({@code stripe} with a secret key, else the
 * built-in {@code test} checkout) and whether signed webhooks can be received. Always UP: a
 * payment provider's outage keeps holds and is settled by reconciliation, so it must not take
 * the node out of the load balancer. Never shows a secret, only whether one is set.
 */
@Readiness
@ApplicationScoped
public class PaymentHealthCheck implements HealthCheck {

    @Inject
    @ConfigProperty(name = "mv.stripe.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "mv.stripe.webhook-secret")
    Optional<String> webhookSecret;

    @Override
    public HealthCheckResponse call() {
        boolean stripe = secretKey.filter(key -> !key.isBlank()).isPresent();
        return HealthCheckResponse.named("payments").up()
                .withData("mode", stripe ? "stripe" : "test")
                .withData("webhooks", webhookSecret.filter(secret -> !secret.isBlank()).isPresent())
                .build();
    }
}

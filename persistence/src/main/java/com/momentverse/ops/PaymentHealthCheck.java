package com.momentverse.ops;

import jakarta.enterprise.context.ApplicationScoped;
import com.momentverse.payment.PaymentSettings;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;


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
    PaymentSettings settings;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("payments").up()
                .withData("mode", settings.testMode() ? "test" : "stripe")
                .withData("webhooks", settings.webhookSecret().isPresent())
                .build();
    }
}

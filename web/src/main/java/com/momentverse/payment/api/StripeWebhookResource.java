package com.momentverse.payment.api;

import com.momentverse.payment.stripe.StripeWebhook;
import com.momentverse.payment.stripe.WebhookOutcome;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;

/**
 * {@code /api/v1/payments/stripe/webhook}: Stripe's events. The body is taken as the exact text
 * Stripe signed; 400 for a bad or stale signature, 200 once an event is acted on, was seen before,
 * or is of a kind this application ignores (so Stripe stops sending it).
 */
@Path("payments/stripe/webhook")
public class StripeWebhookResource {

    @EJB
    StripeWebhook webhook;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stripe events (signed with the endpoint's secret)", hidden = true)
    public Map<String, String> receive(String payload, @HeaderParam("Stripe-Signature") String signature) {
        WebhookOutcome outcome = webhook.receive(payload == null ? "" : payload, signature);
        return Map.of("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
    }
}

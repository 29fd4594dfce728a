package com.momentverse.payment.stripe;

import com.momentverse.common.InvalidInputException;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import com.momentverse.payment.DuplicateEventException;
import com.momentverse.payment.LatePaymentRefusedException;
import com.momentverse.payment.PaymentSettings;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.logging.Logger;

import java.io.StringReader;
import java.util.Optional;
import java.util.UUID;

/**
 * Stripe's webhook: checks the signature (HMAC-SHA256 with the endpoint's secret, at most 300 s
 * old), then acts on the event once ({@link StripeEventLog}). Handles
 * {@code checkout.session.completed} (when paid), {@code checkout.session.async_payment_succeeded}
 * and {@code _failed}, {@code checkout.session.expired} and {@code charge.refunded}; other kinds are
 * acknowledged and ignored.
 *
 * <p>The event is read from its raw JSON, not through stripe-java's typed objects, which stay
 * empty for events of another API version than the one the library pins: the few fields used
 * here are the same in every version. Counted as {@code mv_webhook_events_total{outcome}}
 * (processed, duplicate, ignored, rejected, failed).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StripeWebhook {

    private static final Logger LOG = Logger.getLogger(StripeWebhook.class);
    private static final long TOLERANCE_SECONDS = 300;

    @Inject
    PaymentSettings settings;

    @EJB
    StripeEventLog log;

    @Inject
    StripeGateway stripe;

    @Inject
    MeterRegistry meters;

    /**
     * @param payload   the request body, exactly as received
     * @param signature the {@code Stripe-Signature} header
     * @throws NotFoundException     when no webhook secret is configured (the endpoint is off)
     * @throws InvalidInputException when the signature is missing, wrong or too old, or the body
     *                               is not an event
     */
    public WebhookOutcome receive(String payload, String signature) {
        String secret = settings.webhookSecret().orElseThrow(NotFoundException::new);
        JsonObject event;
        try {
            Webhook.constructEvent(payload, signature == null ? "" : signature, secret, TOLERANCE_SECONDS);
            event = Json.createReader(new StringReader(payload)).readObject();
        } catch (SignatureVerificationException | JsonException | ClassCastException e) {
            count("rejected");
            throw new InvalidInputException("Stripe-Signature", "INVALID_SIGNATURE",
                    "is not a valid, recent signature of this payload");
        } catch (RuntimeException e) {
            count("rejected");
            throw new InvalidInputException("body", "INVALID_EVENT", "is not a Stripe event");
        }
        WebhookOutcome outcome;
        try {
            outcome = act(event);
        } catch (InvalidInputException e) {
            count("rejected");
            throw e;
        } catch (RuntimeException e) {
            // Stripe delivers again later (it retries for days); counted so that operators see it.
            count("failed");
            throw e;
        }
        count(outcome.name().toLowerCase(java.util.Locale.ROOT));
        return outcome;
    }

    private WebhookOutcome act(JsonObject event) {
        String id = event.getString("id", null);
        String type = event.getString("type", null);
        JsonObject object = event.containsKey("data") ? event.getJsonObject("data").getJsonObject("object") : null;
        if (id == null || type == null || object == null) {
            throw new InvalidInputException("body", "INVALID_EVENT", "is not a Stripe event");
        }
        String paymentIntent = text(object, "payment_intent");
        StripeEventLog.Effect effect;
        UUID orderId;
        switch (type) {
            case "checkout.session.completed":
                orderId = orderOfSession(object);
                effect = isPaid(object) ? StripeEventLog.Effect.PAID : StripeEventLog.Effect.NONE;
                break;
            case "checkout.session.async_payment_succeeded":
                orderId = orderOfSession(object);
                effect = StripeEventLog.Effect.PAID;
                break;
            case "checkout.session.async_payment_failed":
                orderId = orderOfSession(object);
                effect = StripeEventLog.Effect.FAILED;
                break;
            case "checkout.session.expired":
                orderId = orderOfSession(object);
                effect = StripeEventLog.Effect.EXPIRED;
                break;
            case "charge.refunded":
                orderId = log.orderPaidWith(paymentIntent).orElse(null);
                effect = StripeEventLog.Effect.REFUNDED;
                break;
            default:
                return WebhookOutcome.IGNORED;
        }
        return apply(id, type, orderId, effect, paymentIntent);
    }

    private WebhookOutcome apply(String id, String type, UUID orderId, StripeEventLog.Effect effect, String paymentIntent) {
        try {
            log.apply(id, type, orderId, effect, paymentIntent);
            return orderId == null ? WebhookOutcome.IGNORED : WebhookOutcome.PROCESSED;
        } catch (DuplicateEventException e) {
            return WebhookOutcome.DUPLICATE;
        } catch (LatePaymentRefusedException e) {
            // A late payment that cannot be accepted: give it back, then record the event.
            stripe.refund(paymentIntent, orderId);
            return apply(id, type, orderId, StripeEventLog.Effect.LATE_PAYMENT_REFUNDED, paymentIntent);
        } catch (StateConflictException e) {
            // Money for an order that failed or was refunded meanwhile: nothing changes here; the
            // audit log and the operator's log keep it for a person to look at.
            LOG.warnf("Stripe event %s (%s) does not apply to order %s: %s", id, type, orderId, e.getMessage());
            log.apply(id, type, orderId, StripeEventLog.Effect.NONE, paymentIntent);
            return WebhookOutcome.IGNORED;
        }
    }

    private static boolean isPaid(JsonObject session) {
        String status = text(session, "payment_status");
        return "paid".equals(status) || "no_payment_required".equals(status);
    }

    /** Our order's id, from the session's client reference (or its metadata); null if it names none. */
    private static UUID orderOfSession(JsonObject session) {
        String reference = Optional.ofNullable(text(session, "client_reference_id"))
                .orElseGet(() -> session.containsKey("metadata") && session.get("metadata") instanceof JsonObject
                        ? text(session.getJsonObject("metadata"), "order_id") : null);
        try {
            return reference == null ? null : UUID.fromString(reference);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? object.getString(name) : null;
    }

    private void count(String outcome) {
        meters.counter("mv.webhook.events", "outcome", outcome).increment();
    }
}

package com.momentverse.it.stripe;

import com.momentverse.it.Api;
import com.momentverse.it.stripe.StripeStandIn.Session;
import com.stripe.Stripe;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Webhook events as Stripe sends them: the event JSON of the API version the server's stripe-java
 * speaks ({@link Stripe#API_VERSION}), signed as Stripe signs them
 * ({@code Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload">>} with the
 * endpoint's secret), and delivered to {@code POST /api/v1/payments/stripe/webhook}.
 */
public final class StripeEvents {

    public static final String WEBHOOK = "api/v1/payments/stripe/webhook";
    /** The endpoint secret the build gives the server as MV_STRIPE_WEBHOOK_SECRET. */
    public static final String SECRET = System.getProperty("mv.it.stripe.webhook-secret", "whsec_momentverse_it");
    /** Stripe's tolerance for the signature's timestamp. */
    public static final long TOLERANCE_SECONDS = 300;

    private StripeEvents() {
    }

    /** An event's payload with the header that signs it. */
    public record Signed(String payload, String signature) {

        /** Delivers it as Stripe does: POST of the raw JSON with its signature. */
        public HttpResponse<String> deliver() {
            return Api.anonymous().sendRaw("POST", WEBHOOK, payload, "Stripe-Signature", signature);
        }
    }

    /** A new event (fresh {@code evt_} id) of the type about the object. */
    public static JsonObject event(String type, JsonObject object) {
        return Json.createObjectBuilder()
                .add("id", "evt_" + random())
                .add("object", "event")
                .add("api_version", Stripe.API_VERSION)
                .add("created", Instant.now().getEpochSecond())
                .add("livemode", false)
                .add("pending_webhooks", 1)
                .add("request", Json.createObjectBuilder().addNull("id").addNull("idempotency_key"))
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("object", object))
                .build();
    }

    /** A checkout.session.* event carrying the session as it is (or was) at the stand-in. */
    public static JsonObject sessionEvent(String type, Session session) {
        return event(type, session.toJson());
    }

    /** {@code checkout.session.completed} for the session in its current state at the stand-in. */
    public static JsonObject completed(String sessionId) {
        return sessionEvent("checkout.session.completed", StripeStandIn.session(sessionId));
    }

    /** {@code charge.refunded}: the whole amount of the payment intent's charge refunded (as from the dashboard). */
    public static JsonObject chargeRefunded(String paymentIntent, long amount) {
        return event("charge.refunded", Json.createObjectBuilder()
                .add("id", "ch_" + random())
                .add("object", "charge")
                .add("amount", amount)
                .add("amount_captured", amount)
                .add("amount_refunded", amount)
                .add("captured", true)
                .add("created", Instant.now().getEpochSecond())
                .add("currency", "usd")
                .add("livemode", false)
                .add("paid", true)
                .add("payment_intent", paymentIntent)
                .add("refunded", true)
                .add("status", "succeeded")
                .build());
    }

    /** Signed now with the endpoint's secret, as Stripe delivers it. */
    public static Signed sign(JsonObject event) {
        return sign(event.toString(), Instant.now().getEpochSecond(), SECRET);
    }

    /** Signed with another endpoint's secret: the server must refuse it. */
    public static Signed signWithWrongSecret(JsonObject event) {
        return sign(event.toString(), Instant.now().getEpochSecond(), "whsec_someone_else");
    }

    /** Signed correctly but ten minutes ago, past the 300 s tolerance: a replay the server must refuse. */
    public static Signed signStale(JsonObject event) {
        return sign(event.toString(), Instant.now().getEpochSecond() - 2 * TOLERANCE_SECONDS, SECRET);
    }

    public static Signed sign(String payload, long timestamp, String secret) {
        return new Signed(payload, "t=" + timestamp + ",v1=" + hmacSha256Hex(secret, timestamp + "." + payload));
    }

    /** Signs the event now and delivers it. */
    public static HttpResponse<String> deliver(JsonObject event) {
        return sign(event).deliver();
    }

    static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}

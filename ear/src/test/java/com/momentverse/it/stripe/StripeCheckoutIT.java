package com.momentverse.it.stripe;

import com.momentverse.it.Api;
import com.momentverse.it.Deployments;
import com.momentverse.it.Http;
import com.momentverse.it.Orders;
import com.momentverse.it.Spans;
import com.momentverse.it.Stars;
import com.momentverse.it.TestUsers;
import com.momentverse.it.TestUsers.User;
import com.momentverse.it.stripe.Payments.Claim;
import com.momentverse.it.stripe.StripeStandIn.Sent;
import com.momentverse.it.stripe.StripeStandIn.Session;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.momentverse.it.Http.json;
import static com.momentverse.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Placing an order opens a Stripe Checkout session (PRODUCT.md "Orders and payment"): what the
 * server asks Stripe for (the order's lines and total, its id and metadata, the return URLs, an
 * expiry that Stripe accepts and that is the hold's end, an idempotency key), what a Stripe outage
 * does to the order (502, the hold kept, checkout retried by its owner), and a cancel that expires
 * the session at Stripe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StripeCheckoutIT {

    private static final String CONSTELLATION = "Tuc";
    private static final String SESSIONS = "/v1/checkout/sessions";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theCheckoutSessionCarriesTheOrderItsLinesTheHoldsEndAndAnIdempotencyKey() {
        User customer = TestUsers.verifiedUser("checkout");
        Instant t = Spans.randomStart();
        int star = Stars.take(CONSTELLATION);
        Instant before = Instant.now();
        JsonObject order = Orders.hold(customer.api(), t, t.plusSeconds(90), "starHip", star, "premiumCertificate", true);
        String orderId = order.getString("orderId");

        List<Sent> creations = StripeStandIn.sessionCreations(orderId);
        assertThat(creations).hasSize(1);
        Sent sent = creations.get(0);
        Session session = StripeStandIn.sessionOf(orderId);

        // The answer leads to the session Stripe opened, and the hold ends when it expires.
        assertThat(order.getString("checkoutUrl")).isEqualTo(session.url());
        long expiresAt = Long.parseLong(sent.form("expires_at"));
        assertThat(Instant.parse(order.getString("holdExpiresAt"))).isEqualTo(Instant.ofEpochSecond(expiresAt));
        assertThat(session.expiresAt()).isEqualTo(expiresAt);
        // Stripe refuses an expiry sooner than 30 minutes after the session's creation.
        assertThat(Instant.ofEpochSecond(expiresAt))
                .isAfterOrEqualTo(sent.at().plus(Duration.ofMinutes(30)))
                .isBefore(before.plus(Duration.ofMinutes(36)));
        JsonObject read = Orders.order(customer.api(), orderId);
        assertThat(read.getString("checkoutUrl")).isEqualTo(session.url());
        assertThat(read.getString("holdExpiresAt")).isEqualTo(order.getString("holdExpiresAt"));

        // The session is about this order and this moment.
        String returnUrl = "http://localhost:8080/checkout/return?order=" + orderId;
        assertThat(sent.form("mode")).isEqualTo("payment");
        assertThat(sent.form("client_reference_id")).isEqualTo(orderId);
        assertThat(sent.form("metadata[order_id]")).isEqualTo(orderId);
        assertThat(sent.form("metadata[moment_id]")).isEqualTo(order.getString("momentId"));
        assertThat(sent.form("success_url")).isEqualTo(returnUrl);
        assertThat(sent.form("cancel_url")).isEqualTo(returnUrl);
        assertThat(sent.idempotencyKey()).isEqualTo("checkout-" + orderId + "-" + expiresAt);
        assertThat(sent.authorization()).isEqualTo("Bearer sk_test_momentverse_it");

        // One line item per order line, at the order's prices, adding up to its total.
        List<String> expected = new ArrayList<>();
        for (JsonObject line : order.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            expected.add(line.getString("description") + " | " + line.getJsonNumber("quantity").longValueExact()
                    + " x " + line.getJsonNumber("unitAmount").longValueExact());
        }
        assertThat(expected).hasSize(3); // the moment, an extra minute, star and premium certificate as a bundle
        List<String> items = new ArrayList<>();
        long sum = 0;
        for (int i = 0; sent.form().containsKey("line_items[" + i + "][quantity]"); i++) {
            String item = "line_items[" + i + "]";
            assertThat(sent.form(item + "[price_data][currency]")).isEqualTo("usd");
            long quantity = Long.parseLong(sent.form(item + "[quantity]"));
            long unitAmount = Long.parseLong(sent.form(item + "[price_data][unit_amount]"));
            items.add(sent.form(item + "[price_data][product_data][name]") + " | " + quantity + " x " + unitAmount);
            sum += quantity * unitAmount;
        }
        assertThat(items).as(sent.form().toString()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(sum).isEqualTo(order.getJsonNumber("total").longValueExact()).isEqualTo(session.amountTotal());
    }

    @Test
    void aStripeOutageAtCheckoutKeepsTheHoldAndItsOwnerRetriesTheCheckout() {
        User customer = TestUsers.verifiedUser("outage");
        User other = TestUsers.verifiedUser("outage-other");
        Instant t = Spans.randomStart();
        int star = Stars.take(CONSTELLATION);
        String orderId;
        String retry;
        StripeStandIn.fail(SESSIONS);
        try {
            assertProblem(Orders.place(customer.api(), Orders.body(t, t.plusSeconds(60), "starHip", star)),
                    502, "/problems/payment-provider");

            // The order exists, pending, without a checkout URL, and holds the span and the star.
            List<JsonObject> mine = json(customer.api().get("api/v1/me/orders")).getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertThat(mine).hasSize(1);
            JsonObject pending = mine.get(0);
            orderId = pending.getString("orderId");
            assertThat(pending.getString("status")).isEqualTo("PENDING_PAYMENT");
            assertThat(pending.isNull("checkoutUrl")).as(pending.toString()).isTrue();
            assertThat(Orders.order(customer.api(), orderId).isNull("checkoutUrl")).isTrue();
            assertThat(StripeStandIn.sessionCreations(orderId)).isNotEmpty();
            assertThat(Spans.availability(t, t.plusSeconds(60)).getBoolean("available")).isFalse();
            assertThat(Stars.available(star)).isFalse();

            // Retrying while Stripe still fails: 502 again; only the owner may retry.
            retry = "api/v1/orders/" + orderId + "/checkout";
            assertProblem(customer.api().post(retry, null), 502, "/problems/payment-provider");
            assertProblem(other.api().post(retry, null), 404, "/problems/not-found");
            assertProblem(Api.anonymous().post(retry, null), 401, "/problems/unauthenticated");
            assertProblem(customer.api().post("api/v1/orders/" + UUID.randomUUID() + "/checkout", null),
                    404, "/problems/not-found");
        } finally {
            StripeStandIn.recover();
        }

        Instant retried = Instant.now();
        HttpResponse<String> response = customer.api().post(retry, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject order = json(response);
        Session session = StripeStandIn.sessionOf(orderId);
        assertThat(order.getString("orderId")).isEqualTo(orderId);
        assertThat(order.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(order.getString("checkoutUrl")).isEqualTo(session.url());
        assertThat(Orders.order(customer.api(), orderId).getString("checkoutUrl")).isEqualTo(session.url());
        // The hold is extended so that Stripe accepts the new session's expiry, and ends with it.
        assertThat(Instant.ofEpochSecond(session.expiresAt())).isAfterOrEqualTo(retried.plus(Duration.ofMinutes(30)).minusSeconds(1));
        assertThat(Instant.parse(order.getString("holdExpiresAt"))).isEqualTo(Instant.ofEpochSecond(session.expiresAt()));
        Sent last = StripeStandIn.sessionCreations(orderId).get(StripeStandIn.sessionCreations(orderId).size() - 1);
        assertThat(last.idempotencyKey()).isEqualTo("checkout-" + orderId + "-" + session.expiresAt());

        // Once the order is no longer pending there is nothing to retry.
        HttpResponse<String> cancelled = customer.api().post("api/v1/orders/" + orderId + "/cancel", null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertProblem(customer.api().post(retry, null), 409, "/problems/conflict");
    }

    @Test
    void cancellingExpiresTheSessionAtStripeAndFreesTheSpanAndTheStar() {
        Claim claim = Payments.claim("cancel", CONSTELLATION);
        assertThat(StripeStandIn.expirations(claim.sessionId())).isEmpty();

        HttpResponse<String> cancelled = claim.api().post("api/v1/orders/" + claim.orderId() + "/cancel", null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json(cancelled).getString("status")).isEqualTo("EXPIRED");

        assertThat(StripeStandIn.expirations(claim.sessionId())).hasSize(1);
        assertThat(claim.session().status()).isEqualTo("expired");
        Payments.assertReleased(claim);
        assertThat(claim.read().isNull("checkoutUrl")).isTrue();
    }

    @Test
    void readinessSaysPaymentsGoThroughStripe() {
        JsonObject health = json(Http.get(Http.MANAGEMENT, "health/ready"));
        JsonObject payments = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("payments")).findFirst()
                .orElseThrow(() -> new AssertionError("no health check named payments in " + health));
        assertThat(payments.getJsonObject("data").getString("mode")).as(payments.toString()).isEqualTo("stripe");
    }
}

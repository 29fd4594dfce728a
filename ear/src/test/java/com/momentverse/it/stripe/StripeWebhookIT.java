package com.momentverse.it.stripe;

import com.momentverse.it.Api;
import com.momentverse.it.Deployments;
import com.momentverse.it.stripe.Payments.Claim;
import com.momentverse.it.stripe.StripeEvents.Signed;
import com.momentverse.it.stripe.StripeStandIn.Session;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import static com.momentverse.it.Problems.assertProblem;
import static com.momentverse.it.stripe.Payments.RECEIPT;
import static com.momentverse.it.stripe.Payments.REFUND;
import static com.momentverse.it.stripe.Payments.assertAccepted;
import static com.momentverse.it.stripe.StripeEvents.deliver;
import static com.momentverse.it.stripe.StripeEvents.sessionEvent;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stripe's webhook (PRODUCT.md "Orders and payment"): only events signed with the endpoint's
 * secret within 300 s are taken; each event kind has its effect on the order and its moment; an
 * event delivered again, in any order, from several threads at once, has its effect once (one state
 * change, one mail); types the server does not handle, and events that come after a later state,
 * change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StripeWebhookIT {

    private static final String CONSTELLATION = "Ind";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void onlyEventsSignedWithTheEndpointsSecretWithinFiveMinutesAreTaken() {
        Claim claim = Payments.claim("signature", CONSTELLATION);
        StripeStandIn.pay(claim.sessionId());
        JsonObject event = StripeEvents.completed(claim.sessionId());
        Signed good = StripeEvents.sign(event);

        refused(StripeEvents.signWithWrongSecret(event).deliver());
        refused(StripeEvents.signStale(event).deliver());
        refused(Api.anonymous().sendRaw("POST", StripeEvents.WEBHOOK, event.toString()));
        refused(new Signed(good.payload().replace("\"livemode\":false", "\"livemode\": false"), good.signature()).deliver());
        refused(new Signed(good.payload(), good.signature().replaceFirst("v1=.", "v1=x")).deliver());

        Payments.sleep(Payments.SETTLE);
        Payments.assertPending(claim);
        Payments.assertMailsNow(claim.email(), RECEIPT, 0);

        // The same event, signed as Stripe signs it, is taken.
        assertAccepted(good.deliver());
        Payments.awaitPaid(claim);
        Payments.assertMails(claim.email(), RECEIPT, 1);
    }

    private static void refused(HttpResponse<String> response) {
        assertProblem(response, 400, "/problems/validation");
    }

    @Test
    void aCompletedSessionAwaitingItsPaymentChangesNothingUntilTheAsyncPaymentSucceeds() {
        Claim claim = Payments.claim("async-paid", CONSTELLATION);
        Session unpaid = StripeStandIn.completeUnpaid(claim.sessionId());
        assertAccepted(deliver(sessionEvent("checkout.session.completed", unpaid)));
        Payments.sleep(Payments.SETTLE);
        Payments.assertPending(claim);
        Payments.assertMailsNow(claim.email(), RECEIPT, 0);

        Session paid = StripeStandIn.pay(claim.sessionId());
        assertAccepted(deliver(sessionEvent("checkout.session.async_payment_succeeded", paid)));
        Payments.awaitPaid(claim);
        Payments.assertMails(claim.email(), RECEIPT, 1);
    }

    @Test
    void aFailedAsyncPaymentFailsTheOrderAndReleasesTheMoment() {
        Claim claim = Payments.claim("async-failed", CONSTELLATION);
        Session unpaid = StripeStandIn.completeUnpaid(claim.sessionId());
        assertAccepted(deliver(sessionEvent("checkout.session.completed", unpaid)));
        assertAccepted(deliver(sessionEvent("checkout.session.async_payment_failed", unpaid)));

        JsonObject failed = Payments.awaitReleased(claim, "FAILED");
        assertThat(failed.isNull("paidAt")).isTrue();
        assertThat(failed.isNull("checkoutUrl")).isTrue();
        Payments.assertMailsNow(claim.email(), RECEIPT, 0);
    }

    @Test
    void anExpiredSessionExpiresThePendingOrderAndFreesItsSpanAndStar() {
        Claim claim = Payments.claim("session-expired", CONSTELLATION);
        Session expired = StripeStandIn.expire(claim.sessionId());
        assertAccepted(deliver(sessionEvent("checkout.session.expired", expired)));

        JsonObject order = Payments.awaitReleased(claim, "EXPIRED");
        assertThat(order.isNull("paidAt")).isTrue();
    }

    @Test
    void anExpiredEventAfterTheCompletedOneLeavesThePaidOrderAlone() {
        Claim claim = Payments.claim("out-of-order", CONSTELLATION);
        Session open = claim.session();
        JsonObject paid = Payments.payByWebhook(claim);

        // Stripe does not promise order: an expiry sent before the payment arrives after it.
        assertAccepted(deliver(sessionEvent("checkout.session.expired", open.with("expired", "unpaid", null))));
        Payments.sleep(Payments.SETTLE);
        Payments.assertUnchanged(claim, paid, "CONFIRMED");
        Payments.assertSpanAndStarTaken(claim);
        Payments.assertMailsNow(claim.email(), RECEIPT, 1);
    }

    @Test
    void eventsOfTypesTheServerDoesNotHandleAreAcknowledgedAndChangeNothing() {
        Claim claim = Payments.claim("ignored", CONSTELLATION);
        assertAccepted(deliver(StripeEvents.event("customer.created", Json.createObjectBuilder()
                .add("id", "cus_" + claim.orderId().substring(0, 8)).add("object", "customer")
                .add("email", claim.email()).build())));
        assertAccepted(deliver(StripeEvents.event("payment_intent.succeeded", Json.createObjectBuilder()
                .add("id", "pi_ignored" + claim.orderId().substring(0, 8)).add("object", "payment_intent")
                .add("amount", claim.order().getJsonNumber("total").longValueExact()).add("currency", "usd")
                .add("status", "succeeded")
                .add("metadata", Json.createObjectBuilder().add("order_id", claim.orderId())).build())));

        Payments.sleep(Payments.SETTLE);
        Payments.assertPending(claim);
        Payments.assertMailsNow(claim.email(), RECEIPT, 0);
    }

    @Test
    void everyEventDeliveredTenTimesInAnyOrderAndAtOnceHasExactlyOneEffect() {
        List<Claim> claims = Payments.claims("replay", 4, CONSTELLATION);
        Claim paid = claims.get(0);
        Claim expired = claims.get(1);
        Claim failed = claims.get(2);
        Claim paidLater = claims.get(3);

        // One after the other, shuffled: a payment, an expiry, and a payment that fails after completing.
        StripeStandIn.pay(paid.sessionId());
        Session unpaid = StripeStandIn.completeUnpaid(failed.sessionId());
        List<JsonObject> events = List.of(
                StripeEvents.completed(paid.sessionId()),
                sessionEvent("checkout.session.expired", StripeStandIn.expire(expired.sessionId())),
                sessionEvent("checkout.session.completed", unpaid),
                sessionEvent("checkout.session.async_payment_failed", unpaid));
        for (Callable<HttpResponse<String>> delivery : tenTimesEachShuffled(events)) {
            assertAccepted(call(delivery));
        }
        Payments.awaitPaid(paid);
        Payments.awaitReleased(expired, "EXPIRED");
        Payments.awaitReleased(failed, "FAILED");

        // From six threads at once: another payment, and the refund of the first one made at Stripe,
        // among redeliveries of the first payment.
        StripeStandIn.pay(paidLater.sessionId());
        String paymentIntent = paid.session().paymentIntent();
        List<JsonObject> concurrent = List.of(
                StripeEvents.completed(paidLater.sessionId()),
                StripeEvents.chargeRefunded(paymentIntent, paid.order().getJsonNumber("total").longValueExact()),
                events.get(0));
        for (HttpResponse<String> response : Payments.together(6, tenTimesEachShuffled(concurrent))) {
            assertAccepted(response);
        }
        Payments.awaitPaid(paidLater);
        Payments.awaitReleased(paid, "REFUNDED");

        // One mail per effect.
        Payments.awaitMails(paid.email(), RECEIPT, 1);
        Payments.awaitMails(paid.email(), REFUND, 1);
        Payments.awaitMails(paidLater.email(), RECEIPT, 1);
        Payments.sleep(Payments.SETTLE);
        Payments.assertMailsNow(paid.email(), RECEIPT, 1);
        Payments.assertMailsNow(paid.email(), REFUND, 1);
        Payments.assertMailsNow(paidLater.email(), RECEIPT, 1);
        Payments.assertMailsNow(expired.email(), RECEIPT, 0);
        Payments.assertMailsNow(failed.email(), RECEIPT, 0);
        assertThat(Payments.metrics())
                .containsPattern(Payments.counted("mv_webhook_events_total", "outcome", "duplicate"))
                .containsPattern(Payments.counted("mv_payments_total", "outcome", "paid"));
    }

    /** Ten deliveries of each event (each signed anew, as Stripe's retries are), in random order. */
    private static List<Callable<HttpResponse<String>>> tenTimesEachShuffled(List<JsonObject> events) {
        List<Callable<HttpResponse<String>>> deliveries = new ArrayList<>();
        for (JsonObject event : events) {
            for (int i = 0; i < 10; i++) {
                deliveries.add(() -> deliver(event));
            }
        }
        Collections.shuffle(deliveries);
        return deliveries;
    }

    private static <T> T call(Callable<T> callable) {
        try {
            return callable.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

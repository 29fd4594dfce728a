package com.momentverse.it.stripe;

import com.momentverse.it.Api;
import com.momentverse.it.Deployments;
import com.momentverse.it.Orders;
import com.momentverse.it.Spans;
import com.momentverse.it.Sql;
import com.momentverse.it.Stars;
import com.momentverse.it.TestUsers;
import com.momentverse.it.stripe.Payments.Claim;
import com.momentverse.it.stripe.StripeStandIn.Sent;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static com.momentverse.it.Http.json;
import static com.momentverse.it.Problems.assertProblem;
import static com.momentverse.it.stripe.Payments.RECEIPT;
import static com.momentverse.it.stripe.Payments.REFUND;
import static com.momentverse.it.stripe.Payments.assertAccepted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds (PRODUCT.md "Orders and payment"): an administrator refunds a paid order through Stripe;
 * a refund made at Stripe (the dashboard) reaches the order through charge.refunded; and a payment
 * that arrives after its order expired confirms the moment again if its span and star are still
 * free, or is refunded automatically if someone else holds the span meanwhile, never overlapping.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StripeRefundIT {

    private static final String CONSTELLATION = "Hor";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Api admin() {
        return TestUsers.sharedAdmin();
    }

    @Test
    void anAdministratorRefundsAPaidOrderThroughStripe() {
        Claim claim = Payments.claim("admin-refund", CONSTELLATION);
        assertProblem(Payments.refund(admin(), claim.orderId()), 409, "/problems/conflict"); // not paid yet
        Payments.payByWebhook(claim);
        String paymentIntent = claim.session().paymentIntent();

        assertProblem(Payments.refund(Api.anonymous(), claim.orderId()), 401, "/problems/unauthenticated");
        assertProblem(Payments.refund(claim.api(), claim.orderId()), 403, "/problems/forbidden");
        assertProblem(Payments.refund(admin(), UUID.randomUUID().toString()), 404, "/problems/not-found");
        assertThat(StripeStandIn.refunds(paymentIntent)).isEmpty();
        assertThat(claim.read().getString("status")).isEqualTo("PAID");

        HttpResponse<String> response = Payments.refund(admin(), claim.orderId());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).getString("orderId")).isEqualTo(claim.orderId());
        assertThat(json(response).getString("status")).isEqualTo("REFUNDED");
        assertRefundedAtStripe(claim, paymentIntent);
        assertThat(claim.read().getString("status")).isEqualTo("REFUNDED");
        Payments.assertReleased(claim);
        Payments.assertMails(claim.email(), REFUND, 1);

        assertProblem(Payments.refund(admin(), claim.orderId()), 409, "/problems/conflict");

        // Stripe then tells of the refund the server made: nothing changes.
        assertAccepted(StripeEvents.deliver(StripeEvents.chargeRefunded(paymentIntent,
                claim.order().getJsonNumber("total").longValueExact())));
        Payments.sleep(Payments.SETTLE);
        assertThat(claim.read().getString("status")).isEqualTo("REFUNDED");
        Payments.assertMailsNow(claim.email(), REFUND, 1);
    }

    @Test
    void aRefundMadeAtStripeReachesTheOrderThroughChargeRefunded() {
        Claim claim = Payments.claim("dashboard-refund", CONSTELLATION);
        Payments.payByWebhook(claim);
        String paymentIntent = claim.session().paymentIntent();

        assertAccepted(StripeEvents.deliver(StripeEvents.chargeRefunded(paymentIntent,
                claim.order().getJsonNumber("total").longValueExact())));

        JsonObject refunded = Payments.awaitReleased(claim, "REFUNDED");
        assertThat(refunded.isNull("paidAt")).as("it was paid: %s", refunded).isFalse();
        Payments.assertMails(claim.email(), REFUND, 1);
        assertThat(StripeStandIn.refunds(paymentIntent)).as("the money is back already").isEmpty();
    }

    @Test
    void aLatePaymentForAnExpiredOrderWhoseSpanAndStarAreStillFreeConfirmsItsMoment() {
        Claim claim = Payments.claim("late-free", CONSTELLATION);
        Sql.ageHold(claim.orderId());
        Payments.awaitReleased(claim, "EXPIRED");

        // The customer had paid just before the hold ended; Stripe's webhook arrives now.
        StripeStandIn.pay(claim.sessionId());
        assertAccepted(StripeEvents.deliver(StripeEvents.completed(claim.sessionId())));

        Payments.awaitPaid(claim);
        Payments.assertMails(claim.email(), RECEIPT, 1);
        assertThat(StripeStandIn.refunds(claim.session().paymentIntent())).isEmpty();
    }

    @Test
    void aLatePaymentForASpanTakenMeanwhileIsRefundedAndTheOtherMomentIsUntouched() {
        Claim late = Payments.claim("late-taken", CONSTELLATION);
        Sql.ageHold(late.orderId());
        Payments.awaitReleased(late, "EXPIRED");
        // Someone else holds the span now (without a star).
        Api other = TestUsers.verifiedUser("late-other").api();
        JsonObject othersOrder = Orders.hold(other, late.start(), late.end());

        StripeStandIn.pay(late.sessionId());
        String paymentIntent = late.session().paymentIntent();
        assertAccepted(StripeEvents.deliver(StripeEvents.completed(late.sessionId())));

        Orders.awaitStatus(late.api(), late.orderId(), "REFUNDED", Payments.EFFECT);
        assertRefundedAtStripe(late, paymentIntent);
        assertThat(Sql.momentStatus(late.momentId())).isEqualTo("RELEASED");
        assertThat(Stars.available(late.star())).as("the late order's star is nobody's").isTrue();
        Payments.assertMails(late.email(), REFUND, 1);

        assertThat(Orders.order(other, othersOrder.getString("orderId")).getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(Sql.momentStatus(othersOrder.getString("momentId"))).isEqualTo("HELD");
        assertThat(Spans.availability(late.start(), late.end()).getBoolean("available")).isFalse();
        assertThat(Sql.overlappingActiveMoments()).isZero();
    }

    /** Exactly one refund of the payment intent was asked of Stripe, with the order's idempotency key. */
    private static void assertRefundedAtStripe(Claim claim, String paymentIntent) {
        List<Sent> refunds = StripeStandIn.refunds(paymentIntent);
        assertThat(refunds).hasSize(1);
        assertThat(refunds.get(0).idempotencyKey()).isEqualTo("refund-" + claim.orderId());
        assertThat(refunds.get(0).authorization()).isEqualTo("Bearer sk_test_momentverse_it");
    }
}

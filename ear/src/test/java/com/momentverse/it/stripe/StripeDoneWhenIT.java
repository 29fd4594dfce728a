package com.momentverse.it.stripe;

import com.momentverse.it.Deployments;
import com.momentverse.it.Orders;
import com.momentverse.it.Stars;
import com.momentverse.it.TestUsers;
import com.momentverse.it.stripe.Payments.Claim;
import com.momentverse.it.stripe.StripeEvents.Signed;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static com.momentverse.it.Http.json;
import static com.momentverse.it.stripe.Payments.RECEIPT;
import static com.momentverse.it.stripe.Payments.assertAccepted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Stripe issue's "done when": claim, pay (Stripe's signed checkout.session.completed), see the
 * order PAID and the moment CONFIRMED; the same signed event replayed ten times changes nothing;
 * an administrator's refund frees the span again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StripeDoneWhenIT {

    private static final String CONSTELLATION = "Ret";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void claimPayReplayTenTimesRefund() {
        Claim claim = Payments.claim("stripe-done-when", CONSTELLATION);
        Payments.assertPending(claim);

        // Pay: Stripe's checkout.session.completed, signed.
        StripeStandIn.pay(claim.sessionId());
        Signed completed = StripeEvents.sign(StripeEvents.completed(claim.sessionId()));
        assertAccepted(completed.deliver());
        JsonObject paid = Payments.awaitPaid(claim);
        assertThat(Orders.moment(claim.api(), claim.momentId()).getString("status")).isEqualTo("CONFIRMED");
        assertThat(Stars.available(claim.star())).isFalse();
        Payments.assertMails(claim.email(), RECEIPT, 1);

        // The same signed event, ten times more: nothing changes.
        for (int i = 0; i < 10; i++) {
            assertAccepted(completed.deliver());
        }
        Payments.sleep(Payments.SETTLE);
        Payments.assertUnchanged(claim, paid, "CONFIRMED");
        Payments.assertMailsNow(claim.email(), RECEIPT, 1);
        assertThat(Payments.metrics())
                .containsPattern(Payments.counted("mv_payments_total", "outcome", "paid"))
                .containsPattern(Payments.counted("mv_webhook_events_total", "outcome", "duplicate"));

        // Refund as an administrator: the span and the star are free again.
        HttpResponse<String> refunded = Payments.refund(TestUsers.admin().api(), claim.orderId());
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(200);
        assertThat(json(refunded).getString("status")).isEqualTo("REFUNDED");
        Payments.assertReleased(claim);
        assertThat(StripeStandIn.refunds(claim.session().paymentIntent())).hasSize(1);
    }
}

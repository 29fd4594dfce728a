package com.momentverse.it.stripe;

import com.momentverse.it.Deployments;
import com.momentverse.it.Sql;
import com.momentverse.it.stripe.Payments.Claim;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.regex.Pattern;

import static com.momentverse.it.stripe.Payments.RECEIPT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciliation (PRODUCT.md "Orders and payment": a lost webhook never loses a sale): when a hold
 * ends without a webhook, the server asks Stripe about the session. Paid: the order is paid. Still
 * open: the session is expired at Stripe (so it can no longer be paid) and the order expires.
 * Stripe not answering: the order stays pending and is asked about again until Stripe answers.
 * The holds are ended in the database, as in HoldExpiryIT; the server sweeps every second.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StripeReconciliationIT {

    private static final String CONSTELLATION = "Phe";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPaymentWhoseWebhookWasLostIsFulfilledWhenTheHoldEnds() {
        Claim claim = Payments.claim("lost-webhook", CONSTELLATION);
        StripeStandIn.pay(claim.sessionId());

        Sql.ageHold(claim.orderId());
        Payments.awaitPaid(claim);

        assertThat(StripeStandIn.retrievals(claim.sessionId())).isNotEmpty();
        assertThat(StripeStandIn.expirations(claim.sessionId())).isEmpty();
        assertThat(claim.session().status()).isEqualTo("complete");
        Payments.assertMails(claim.email(), RECEIPT, 1);
    }

    @Test
    void anOpenSessionIsExpiredAtStripeWhenTheHoldEndsAndTheOrderExpires() {
        Claim claim = Payments.claim("hold-ends", CONSTELLATION);

        Sql.ageHold(claim.orderId());
        Payments.awaitReleased(claim, "EXPIRED");

        assertThat(StripeStandIn.retrievals(claim.sessionId())).isNotEmpty();
        assertThat(StripeStandIn.expirations(claim.sessionId())).isNotEmpty();
        assertThat(claim.session().status()).isEqualTo("expired");
        Payments.assertMailsNow(claim.email(), RECEIPT, 0);
    }

    @Test
    void whileStripeDoesNotAnswerAnEndedHoldStaysPendingAndIsResolvedOnceItDoes() {
        Claim claim = Payments.claim("stripe-down", CONSTELLATION);
        StripeStandIn.pay(claim.sessionId()); // paid at Stripe; the webhook is lost
        StripeStandIn.fail("/v1/checkout/sessions/" + Pattern.quote(claim.sessionId()) + "(/.*)?");
        try {
            Sql.ageHold(claim.orderId());
            Payments.sleep(Duration.ofSeconds(4));
            assertThat(claim.read().getString("status")).isEqualTo("PENDING_PAYMENT");
            assertThat(Sql.momentStatus(claim.momentId())).isEqualTo("HELD");
            assertThat(StripeStandIn.retrievals(claim.sessionId())).as("asked again at every sweep").hasSizeGreaterThanOrEqualTo(2);
        } finally {
            StripeStandIn.recover();
        }

        Payments.awaitPaid(claim);
        Payments.assertMails(claim.email(), RECEIPT, 1);
    }
}

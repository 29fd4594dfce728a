package com.momentverse.it.stripe;

import com.momentverse.it.Deployments;
import com.momentverse.it.Spans;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static com.momentverse.it.stripe.Payments.RECEIPT;
import static com.momentverse.it.stripe.Payments.assertAccepted;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The return page fulfils too (PRODUCT.md "Orders and payment"): back from Stripe, the server asks
 * Stripe for the session and trusts nothing in the request; it fulfils when Stripe says paid,
 * whether or not the customer is signed in, and idempotently with the webhook: whichever comes
 * first fulfils, the other changes nothing, even when they race.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StripeReturnIT {

    private static final String CONSTELLATION = "Gru";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theReturnPageFulfilsWhenStripeSaysPaidAndTheLaterWebhookChangesNothing() {
        String title = "Back from Stripe " + UUID.randomUUID();
        Instant t = Spans.randomStart();
        Claim claim = Payments.claim(TestUsers.verifiedUser("return"), t, t.plusSeconds(60), Stars.take(CONSTELLATION),
                "title", title);

        // Back without paying (the cancel URL is the same page): the session is still open, nothing happens.
        Payments.returnPage(claim.orderId());
        assertThat(StripeStandIn.retrievals(claim.sessionId())).isNotEmpty();
        Payments.sleep(Payments.SETTLE);
        Payments.assertPending(claim);

        // Back after paying, in a browser that is not signed in.
        StripeStandIn.pay(claim.sessionId());
        int retrievalsBefore = StripeStandIn.retrievals(claim.sessionId()).size();
        HttpResponse<String> page = Payments.returnPage(claim.orderId());
        assertThat(StripeStandIn.retrievals(claim.sessionId())).hasSizeGreaterThan(retrievalsBefore);
        assertThat(page.body()).as("only the owner sees the order's details").doesNotContain(title)
                .doesNotContain(claim.email());
        JsonObject paid = Payments.awaitPaid(claim);
        Payments.assertMails(claim.email(), RECEIPT, 1);

        // Stripe's webhook for the same payment comes later: nothing changes.
        assertAccepted(StripeEvents.deliver(StripeEvents.completed(claim.sessionId())));
        Payments.returnPage(claim.orderId());
        Payments.sleep(Payments.SETTLE);
        Payments.assertUnchanged(claim, paid, "CONFIRMED");
        Payments.assertMailsNow(claim.email(), RECEIPT, 1);
    }

    @Test
    void theWebhookAndTheReturnPageRacingFulfilOnce() {
        List<Claim> claims = Payments.claims("race", 3, CONSTELLATION);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (Claim claim : claims) {
            StripeStandIn.pay(claim.sessionId());
            Signed completed = StripeEvents.sign(StripeEvents.completed(claim.sessionId()));
            for (int i = 0; i < 4; i++) {
                calls.add(() -> completed.deliver().statusCode());
                calls.add(() -> Payments.returnPage(claim.orderId()).statusCode());
            }
        }
        assertThat(Payments.together(8, calls)).containsOnly(200);

        for (Claim claim : claims) {
            Payments.awaitPaid(claim);
            Payments.awaitMails(claim.email(), RECEIPT, 1);
        }
        Payments.sleep(Payments.SETTLE);
        for (Claim claim : claims) {
            Payments.assertMailsNow(claim.email(), RECEIPT, 1);
        }
    }
}

package com.momentverse.it;

import com.momentverse.it.Certificates.Certified;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gifts (PRODUCT.md): a moment names a recipient's address and a delivery date; on that date
 * (UTC) the recipient is mailed the dedication, the moment's page and the certificate, once.
 * The server under test looks for due gifts every 2 seconds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GiftsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aGiftDueTodayReachesItsRecipientOnceWithTheDedicationThePageAndTheCertificate() throws Exception {
        String recipient = "gift-" + UUID.randomUUID() + "@example.test";
        Instant t = Spans.randomStart();
        Certified certified = Certificates.certify(TestUsers.shared("gift-giver"), Orders.body(t, t.plusSeconds(60),
                "title", "Our first <dance> & more", "message", "Under the lime tree.\nForever.", "dedicatedTo", "Grace",
                "giftEmail", recipient, "giftDate", LocalDate.now(ZoneOffset.UTC).toString()));
        String sha256 = Certificates.certificate(Api.anonymous(), certified.number()).getString("sha256");

        MimeMessage mail = Mailbox.await(recipient, "dedicated a moment of history to you");
        String text = Mailbox.body(mail);
        assertThat(text).contains("Hello Grace").contains("Our first <dance> & more").contains("Under the lime tree.")
                .contains(certified.number()).contains("/m/" + certified.momentId()).contains("/verify/" + certified.number());
        assertThat(Mailbox.html(mail)).contains("Our first &lt;dance&gt; &amp; more").doesNotContain("<dance>");
        assertThat(Certificates.sha256(Certificates.pdfAttachment(mail))).as("the certificate as issued").isEqualTo(sha256);

        Thread.sleep(5_000); // two more sweeps
        assertThat(Mailbox.messages(recipient)).as("delivered once").hasSize(1);
        assertThat(Sql.string("SELECT gift_delivered_at IS NOT NULL FROM moment WHERE id = ?::uuid", certified.momentId()))
                .isEqualTo("t");
    }

    @Test
    void aGiftWaitsForItsDateAndAPrivateMomentsGiftLinksNoPage() {
        String recipient = "gift-" + UUID.randomUUID() + "@example.test";
        Instant t = Spans.randomStart();
        Certified certified = Certificates.certify(TestUsers.shared("gift-giver"), Orders.body(t, t.plusSeconds(60),
                "visibility", "PRIVATE", "giftEmail", recipient,
                "giftDate", LocalDate.now(ZoneOffset.UTC).plusDays(3).toString()));
        sleep(5_000); // two sweeps after the certificate was issued
        assertThat(Mailbox.messages(recipient)).as("not before its date").isEmpty();

        // The date comes (moved in the database rather than waiting three days).
        Sql.update("UPDATE moment SET gift_date = CURRENT_DATE WHERE id = ?::uuid", certified.momentId());
        MimeMessage mail = Mailbox.await(recipient, "dedicated a moment of history to you");
        assertThat(Mailbox.body(mail)).contains(certified.number()).doesNotContain("/m/" + certified.momentId());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

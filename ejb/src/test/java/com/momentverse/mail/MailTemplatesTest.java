package com.momentverse.mail;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplatesTest {

    private static final String HOSTILE_NAME = "<script>alert(1)</script> Tom & Jerry";
    private static final Instant WHEN = Instant.parse("2026-11-25T14:05:00Z");

    private MailTemplates templates;

    @BeforeEach
    void setUp() {
        templates = templates("https://momentverse.example/");
    }

    @Test
    void verificationLinkCarriesTheUrlEncodedToken() {
        MailMessage mail = templates.verifyEmail("ada@example.com", "Ada", "a+b/c=d&e f", Duration.ofHours(24));

        String link = "https://momentverse.example/verify-email?token=a%2Bb%2Fc%3Dd%26e+f";
        assertThat(mail.kind()).isEqualTo(MailKind.VERIFY_EMAIL);
        assertThat(mail.recipient()).isEqualTo("ada@example.com");
        assertThat(mail.subject()).isEqualTo("Confirm your e-mail address for MomentVerse");
        assertThat(mail.text()).contains("Hello Ada,", link, "valid for 24 hours");
        assertThat(mail.html()).contains("href=\"" + link + "\"", "valid for 24 hours");
    }

    @Test
    void resetLinkAndValidityComeFromTheParameters() {
        MailMessage mail = templates.resetPassword("ada@example.com", "Ada", "tok_en", Duration.ofMinutes(30));

        assertThat(mail.kind()).isEqualTo(MailKind.RESET_PASSWORD);
        assertThat(mail.text()).contains("https://momentverse.example/reset-password?token=tok_en", "valid for 30 minutes");
        assertThat(mail.html()).contains("https://momentverse.example/reset-password?token=tok_en", "valid for 30 minutes");
    }

    @Test
    void namesAreEscapedInEveryHtmlPart() {
        MailMessage[] mails = {
                templates.verifyEmail("a@example.com", HOSTILE_NAME, "t", Duration.ofHours(24)),
                templates.resetPassword("a@example.com", HOSTILE_NAME, "t", Duration.ofMinutes(30)),
                templates.registrationAttempt("a@example.com", HOSTILE_NAME),
                templates.passwordChanged("a@example.com", HOSTILE_NAME, WHEN),
                templates.emailChanged("a@example.com", HOSTILE_NAME, "<b>@example.org", WHEN),
        };
        for (MailMessage mail : mails) {
            assertThat(mail.html()).as(mail.kind().name())
                    .contains("Hello &lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry,")
                    .doesNotContain("<script>")
                    .doesNotContain("Tom & Jerry")
                    .startsWith("<!DOCTYPE html>");
            assertThat(mail.text()).as(mail.kind().name()).contains("Hello " + HOSTILE_NAME + ",");
        }
    }

    @Test
    void accountNoticesSayWhatHappenedAndWhereToGo() {
        MailMessage attempt = templates.registrationAttempt("ada@example.com", null);
        assertThat(attempt.kind()).isEqualTo(MailKind.REGISTRATION_ATTEMPT);
        assertThat(attempt.text()).startsWith("Hello,\n").contains("https://momentverse.example/forgot-password");

        MailMessage password = templates.passwordChanged("ada@example.com", "Ada", WHEN);
        assertThat(password.kind()).isEqualTo(MailKind.PASSWORD_CHANGED);
        assertThat(password.text()).contains("25 November 2026, 14:05 UTC", "/forgot-password");

        MailMessage email = templates.emailChanged("old@example.com", "Ada", "ada.new@example.org", WHEN);
        assertThat(email.kind()).isEqualTo(MailKind.EMAIL_CHANGED);
        assertThat(email.recipient()).as("sent to the old address").isEqualTo("old@example.com");
        assertThat(email.text()).contains("a***@example.org", "25 November 2026, 14:05 UTC")
                .doesNotContain("ada.new@example.org");
        assertThat(email.html()).contains("a***@example.org");
    }

    @Test
    void orderMailsCarryTheMomentAndEscapeTheCustomersWords() {
        String title = "<b>Ides</b> & \"March\"";
        MailMessage confirmed = templates.orderConfirmed("ada@example.test", "Ada", title,
                "15 March 3300 BCE, 12:00:00 – 12:01:00 UTC", List.of("Moment (first minute): $4.99",
                        "Star pairing: Sirius: $3.00"), "$7.99");
        assertThat(confirmed.kind()).isEqualTo(MailKind.ORDER_CONFIRMED);
        assertThat(confirmed.subject()).contains("confirmed").doesNotContain("\n");
        assertThat(confirmed.text()).contains(title, "15 March 3300 BCE", "Star pairing: Sirius: $3.00", "$7.99",
                "https://momentverse.example/account");
        assertThat(confirmed.html()).contains("&lt;b&gt;Ides&lt;/b&gt; &amp;").doesNotContain("<b>Ides</b>");

        MailMessage refunded = templates.orderRefunded("ada@example.test", "Ada", title, "the span", "$7.99");
        assertThat(refunded.subject()).containsIgnoringCase("refund");
        assertThat(refunded.html()).doesNotContain("<b>Ides</b>");

        MailMessage late = templates.latePaymentRefunded("ada@example.test", null, "Two\nlines", "the span", "$7.99");
        assertThat(late.kind()).isEqualTo(MailKind.LATE_PAYMENT_REFUNDED);
        assertThat(late.subject()).containsIgnoringCase("refund");
        assertThat(late.text()).contains("\"Two lines\"", "https://momentverse.example/claim");
    }

    @Test
    void aNameCannotAddLinesToTheText() {
        MailMessage mail = templates.passwordChanged("a@example.com", "Ada\r\n\r\nYour account is locked, see http://evil.example", WHEN);
        assertThat(mail.text()).startsWith("Hello Ada Your account is locked, see http://evil.example,\n");
    }

    @Test
    void theTextEndsWithAStandardSignature() {
        assertThat(templates.registrationAttempt("a@example.com", "Ada").text())
                .endsWith("\n-- \nMomentVerse\nhttps://momentverse.example\n");
    }

    @Test
    void validityPeriodsInWords() {
        assertThat(MailTemplates.inWords(Duration.ofHours(24))).isEqualTo("24 hours");
        assertThat(MailTemplates.inWords(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(MailTemplates.inWords(Duration.ofMinutes(30))).isEqualTo("30 minutes");
        assertThat(MailTemplates.inWords(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThatThrownBy(() -> MailTemplates.inWords(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePublicUrlMustBeAnHttpUrl() {
        assertThatThrownBy(() -> templates("javascript:alert(1)")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> templates("localhost:8080")).isInstanceOf(IllegalStateException.class);
        assertThat(templates("http://localhost:8080").verifyEmail("a@example.com", null, "t", Duration.ofHours(24)).text())
                .contains("http://localhost:8080/verify-email?token=t");
    }

    @Test
    void aLinkWithoutATokenIsRefused() {
        assertThatThrownBy(() -> templates.verifyEmail("a@example.com", null, " ", Duration.ofHours(24)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MailTemplates templates(String publicUrl) {
        MailTemplates templates = new MailTemplates();
        templates.publicUrl = publicUrl;
        templates.checkPublicUrl();
        return templates;
    }
}

package com.momentverse.mail.smtp;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.momentverse.mail.MailDeliveryException;
import com.momentverse.mail.MailKind;
import com.momentverse.mail.MailMessage;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Sends through a real SMTP server (GreenMail) with a session built like the server's. */
class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final MailMessage MAIL = new MailMessage(MailKind.VERIFY_EMAIL, "ada@example.com",
            "Bestätige deine Adresse ✓", "Hello Zoë,\nopen https://momentverse.example/verify-email?token=x",
            "<!DOCTYPE html><html><body><p>Hello Zoë,</p></body></html>");

    @Test
    void sendsOneMultipartAlternativeMailInUtf8() throws Exception {
        mailer(SMTP.getSmtp().getPort(), "MomentVerse <no-reply@momentverse.example>").send(MAIL);

        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Bestätige deine Adresse ✓");
        assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("ada@example.com");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("no-reply@momentverse.example");
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("MomentVerse");
        assertThat(received.getSentDate()).isNotNull();
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(received.getContentType()).startsWith("multipart/alternative");

        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        // SMTP carries lines ending in CRLF.
        assertThat(parts.getBodyPart(0).getContent()).asString().isEqualToNormalizingNewlines(MAIL.text());
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContent()).asString().isEqualToNormalizingNewlines(MAIL.html());
    }

    @Test
    void sendsAFileAsAnAttachmentAfterTheTwoBodies() throws Exception {
        byte[] pdf = "%PDF-1.5 not really a certificate".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        SMTP.reset();
        mailer(SMTP.getSmtp().getPort(), "no-reply@momentverse.example")
                .send(MAIL.withAttachment(new com.momentverse.mail.MailAttachment("momentverse-MV-7K3Q-9XWD.pdf",
                        "application/pdf", pdf)));

        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        assertThat(((MimeMultipart) mixed.getBodyPart(0).getContent()).getContentType()).startsWith("multipart/alternative");
        jakarta.mail.BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("momentverse-MV-7K3Q-9XWD.pdf");
        assertThat(file.getContentType()).startsWith("application/pdf");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void anUnreachableServerIsTheServersProblem() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MailDeliveryException failure = catchThrowableOfType(MailDeliveryException.class,
                () -> mailer(closedPort, "no-reply@momentverse.example").send(MAIL));

        assertThat(failure.isServerUnavailable()).isTrue();
        assertThat(failure).hasRootCauseInstanceOf(ConnectException.class);
    }

    @Test
    void aSessionWithoutFromAddressIsTheServersProblem() {
        MailDeliveryException failure = catchThrowableOfType(MailDeliveryException.class,
                () -> mailer(SMTP.getSmtp().getPort(), null).send(MAIL));

        assertThat(failure.isServerUnavailable()).isTrue();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anInvalidRecipientIsTheMailsProblem() {
        MailMessage bad = new MailMessage(MailKind.VERIFY_EMAIL, "not an address", "s", "t", "<p>h</p>");
        MailDeliveryException failure = catchThrowableOfType(MailDeliveryException.class,
                () -> mailer(SMTP.getSmtp().getPort(), "no-reply@momentverse.example").send(bad));

        assertThat(failure.isServerUnavailable()).isFalse();
    }

    @Test
    void failuresAreToldApart() {
        assertThat(SmtpMailer.classify(new AuthenticationFailedException("535 bad credentials")).isServerUnavailable())
                .isTrue();
        assertThat(SmtpMailer.classify(new MessagingException("421 closing", new java.net.SocketTimeoutException()))
                .isServerUnavailable()).isTrue();
        assertThat(SmtpMailer.classify(new SendFailedException("550 5.1.1 unknown user")).isServerUnavailable())
                .isFalse();
    }

    private static SmtpMailer mailer(int port, String from) {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        if (from != null) {
            properties.setProperty("mail.from", from);
        }
        SmtpMailer mailer = new SmtpMailer();
        mailer.session = Session.getInstance(properties);
        mailer.user = java.util.Optional.empty();
        mailer.password = java.util.Optional.empty();
        return mailer;
    }
}

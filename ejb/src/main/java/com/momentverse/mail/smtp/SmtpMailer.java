package com.momentverse.mail.smtp;

import com.momentverse.mail.MailDeliveryException;
import com.momentverse.mail.MailMessage;
import com.momentverse.mail.Mailer;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends mails over SMTP through the server's mail session: one {@code multipart/alternative}
 * message with the plain-text part first and the HTML part second (clients show the last part
 * they understand), everything in UTF-8, From taken from the session's {@code mail.from}
 * (the server's {@code MV_MAIL_FROM}).
 *
 * <p>The server's session gives host, port, TLS and From; this class adds what the server
 * configuration cannot: bounded connect, read and write timeouts (a hung SMTP server must not
 * stall the sender past the outbox's claim), and the login from {@code MV_SMTP_USER} /
 * {@code MV_SMTP_PASSWORD} when they are set (read from configuration, never logged).
 *
 * <p>Failures are told apart for the sender: an unreachable server, a refused login, or a
 * session without a valid From address are {@linkplain MailDeliveryException#serverUnavailable
 * the server's problem} (the mail waits without using up attempts); anything else, such as a
 * refused recipient, is {@linkplain MailDeliveryException#rejected this mail's}.
 */
@ApplicationScoped
@Typed(SmtpMailer.class)
public class SmtpMailer implements Mailer {

    public static final String SESSION = "java:jboss/mail/MomentVerse";

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    /** Milliseconds; well under {@code mv.mail.claim-seconds}. */
    static final String TIMEOUT_MILLIS = "20000";

    @Resource(lookup = SESSION)
    Session session;

    @Inject
    @ConfigProperty(name = "mv.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "mv.smtp.password")
    Optional<String> password;

    private volatile Session sending;

    @Override
    public void send(MailMessage message) throws MailDeliveryException {
        InternetAddress from = from();
        MimeMessage mime;
        try {
            mime = compose(message, from);
        } catch (MessagingException e) {
            throw MailDeliveryException.rejected(e);
        }
        try {
            if (user.isPresent() && !user.get().isBlank()) {
                Transport.send(mime, user.get(), password.orElse(""));
            } else {
                Transport.send(mime);
            }
        } catch (MessagingException e) {
            throw classify(e);
        }
    }

    private InternetAddress from() throws MailDeliveryException {
        String from = session.getProperty("mail.from");
        if (from == null || from.isBlank()) {
            throw MailDeliveryException.serverUnavailable(
                    new IllegalStateException("The mail session " + SESSION + " has no mail.from address"));
        }
        try {
            return new InternetAddress(from, true);
        } catch (AddressException e) {
            throw MailDeliveryException.serverUnavailable(e);
        }
    }

    private MimeMessage compose(MailMessage message, InternetAddress from) throws MessagingException {
        MimeMessage mime = new MimeMessage(sendingSession());
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
        mime.setSubject(message.subject(), UTF_8);
        // RFC 3834: an automatic mail; auto-responders (vacation notices) should not answer it.
        mime.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (message.attachment() == null) {
            mime.setContent(alternative);
            return mime;
        }
        // With a file: the two bodies as one part, then the file (multipart/mixed).
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative);
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                message.attachment().content(), message.attachment().contentType())));
        file.setFileName(message.attachment().fileName());
        file.setDisposition(jakarta.mail.Part.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(bodies);
        mixed.addBodyPart(file);
        mime.setContent(mixed);
        return mime;
    }

    /** The server's session with timeouts (and authentication when a user is set), made once. */
    Session sendingSession() {
        Session current = sending;
        if (current == null) {
            Properties properties = new Properties();
            properties.putAll(session.getProperties());
            for (String protocol : new String[]{"smtp", "smtps"}) {
                properties.putIfAbsent("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
                properties.putIfAbsent("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
                properties.putIfAbsent("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
                if (user.isPresent() && !user.get().isBlank()) {
                    properties.put("mail." + protocol + ".auth", "true");
                }
            }
            current = Session.getInstance(properties);
            sending = current;
        }
        return current;
    }

    /** A login refused or an I/O failure anywhere in the causes: the server, not the mail. */
    static MailDeliveryException classify(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return MailDeliveryException.serverUnavailable(failure);
        }
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 10; cause = cause.getCause(), depth++) {
            if (cause instanceof IOException) {
                return MailDeliveryException.serverUnavailable(failure);
            }
        }
        return MailDeliveryException.rejected(failure);
    }
}

package com.momentverse.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import org.jboss.logging.Logger;

/**
 * Writes mails to the server log instead of sending them: kind, recipient, subject and the
 * plain-text body, at INFO. Chosen when no mail server is configured ({@code mv.smtp.host}
 * unset), so that registration and password reset can be tried on a laptop by copying the
 * link from the log.
 *
 * <p><strong>For local use only:</strong> the log then holds addresses and live single-use
 * tokens. Production sets {@code MV_SMTP_HOST}.
 */
@ApplicationScoped
@Typed(LoggingMailer.class)
public class LoggingMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(LoggingMailer.class);

    @Override
    public void send(MailMessage message) {
        LOG.infof("Mail not sent (no mail server configured, mv.smtp.host): kind=%s to=%s subject=%s attachment=%s%n%s",
                message.kind(), message.recipient(), message.subject(),
                message.attachment() == null ? "none" : message.attachment(), message.text());
    }
}

package com.momentverse.mail;

import com.momentverse.mail.smtp.SmtpMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Chooses the application's {@link Mailer} once, at first use: {@link SmtpMailer} when
 * {@code mv.smtp.host} (environment {@code MV_SMTP_HOST}) is set, else {@link LoggingMailer}.
 * The same variable configures the server's mail session, so "a mail server is configured"
 * means the same thing to both.
 */
@ApplicationScoped
public class MailerSelection {

    private static final Logger LOG = Logger.getLogger(MailerSelection.class);

    @Inject
    @ConfigProperty(name = "mv.smtp.host")
    Optional<String> smtpHost;

    @Produces
    @ApplicationScoped
    Mailer mailer(SmtpMailer smtp, LoggingMailer log) {
        Optional<String> host = smtpHost.map(String::strip).filter(h -> !h.isEmpty());
        if (host.isPresent()) {
            LOG.infof("Mails are sent through the mail session %s (SMTP host %s)", SmtpMailer.SESSION, host.get());
            return smtp;
        }
        LOG.warn("No mail server configured (mv.smtp.host / MV_SMTP_HOST): mails are written to the log, not sent."
                + " For local use only.");
        return log;
    }
}

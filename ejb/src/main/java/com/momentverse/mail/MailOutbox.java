package com.momentverse.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;

/**
 * Queues mails. {@link #enqueue} writes the mail to the outbox in the caller's transaction
 * (MANDATORY: there must be one), so the mail exists exactly when the change that causes it
 * commits: a rolled-back registration sends no verification mail, and a committed one cannot
 * lose it. The {@link OutboxSender} sends it within seconds after the commit.
 *
 * <p>Typical use, inside an account service's transaction:
 * <pre>{@code
 * outbox.enqueue(templates.verifyEmail(user.getEmail(), user.getName(), token, Duration.ofHours(24)));
 * }</pre>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);

    @Inject
    OutboxRepository outbox;

    /**
     * Queues a mail, due at once.
     *
     * @return the id of the outbox row
     * @throws IllegalArgumentException when the recipient or subject is blank, too long or holds
     *                                  a line break (the caller's transaction is then rolled back)
     * @throws jakarta.ejb.EJBTransactionRequiredException when called without a transaction
     */
    public UUID enqueue(MailMessage message) {
        OutboxMail mail = OutboxMail.pending(message.kind(), message.recipient(), message.subject(),
                message.text(), message.html(), message.attachment(), Instant.now());
        outbox.add(mail);
        LOG.debugf("Mail %s (%s) queued", mail.getId(), mail.getKind());
        return mail.getId();
    }
}

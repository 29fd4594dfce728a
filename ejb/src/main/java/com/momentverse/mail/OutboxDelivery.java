package com.momentverse.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox sender's steps that touch the database, each in a transaction of its own
 * (REQUIRES_NEW): one mail's failure never rolls back another's outcome, and no transaction
 * is open while the mail server is being talked to (a slow server holds no row lock and no
 * connection, and cannot make a transaction time out).
 *
 * <p>Sending one mail is: {@link #claim} (commit), send, then {@link #recordSent},
 * {@link #recordFailure} or {@link #recordPostponed} (commit). The claim's version check is
 * what makes the sender safe on several nodes; an outcome is recorded only on the version that
 * was claimed, so a node that lost its mail to another (after its lease ran out) changes nothing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    @Inject
    MeterRegistry meters;

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class);

    @Inject
    OutboxRepository outbox;

    @Inject
    OutboxSettings settings;

    /** The ids of up to {@code limit} due mails, the longest-waiting first. */
    public List<UUID> due(Instant now, int limit) {
        return outbox.due(now, limit).stream().map(OutboxMail::getId).toList();
    }

    /**
     * Claims a mail for one send attempt, if it is still due.
     *
     * @return the claimed mail, or empty when it is no longer due or another node claimed it first
     */
    public Optional<ClaimedMail> claim(UUID id, Instant now) {
        Optional<OutboxMail> found = outbox.find(id).filter(mail -> mail.isDue(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OutboxMail mail = found.get();
        mail.claim(now, settings.claimLease());
        try {
            outbox.flush();
        } catch (OptimisticLockException e) {
            // Another node claimed it between our read and our write: it is that node's now.
            // The transaction is marked for rollback; the container rolls it back on return.
            LOG.debugf("Mail %s was claimed by another node", id);
            return Optional.empty();
        }
        return Optional.of(new ClaimedMail(mail.getId(), mail.getVersion(), MailMessage.of(mail)));
    }

    /** The mail server accepted the mail. */
    public void recordSent(ClaimedMail claimed, Instant now) {
        stillOurs(claimed).ifPresent(mail -> {
            mail.markSent(now);
            count("sent");
        });
    }

    /**
     * The attempt failed because of the mail: retry later with backoff, or give up.
     *
     * @param error a summary of the failure, see {@link ErrorSummary}
     * @return the mail's status afterwards (empty when it was no longer ours)
     */
    public Optional<MailStatus> recordFailure(ClaimedMail claimed, Instant now, String error) {
        Optional<MailStatus> status = stillOurs(claimed)
                .map(mail -> mail.markAttemptFailed(now, settings.backoff(), settings.maxAttempts(), error));
        status.ifPresent(s -> count(s == MailStatus.FAILED ? "failed" : "retried"));
        return status;
    }

    /** The mail server was unavailable: the mail waits the base delay, without using up an attempt. */
    public void recordPostponed(ClaimedMail claimed, Instant now, String error) {
        stillOurs(claimed).ifPresent(mail -> {
            mail.postpone(now, settings.backoff().base(), error);
            count("postponed");
        });
    }

    /** {@code mv_mails_total{outcome=sent|retried|failed|postponed}}: failed means given up. */
    private void count(String outcome) {
        meters.counter("mv.mails", "outcome", outcome).increment();
    }

    private Optional<OutboxMail> stillOurs(ClaimedMail claimed) {
        Optional<OutboxMail> mail = outbox.find(claimed.id()).filter(m -> m.getVersion() == claimed.version());
        if (mail.isEmpty()) {
            LOG.warnf("Mail %s changed while it was being sent (its claim ran out and another node took it);"
                    + " its outcome is left to that node", claimed.id());
        }
        return mail;
    }
}

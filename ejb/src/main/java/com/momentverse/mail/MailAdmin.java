package com.momentverse.mail;

import com.momentverse.account.Caller;
import com.momentverse.admin.AuditLog;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox for administrators (PRODUCT.md, "Administration"): how many mails are in each state,
 * the failed ones, and sending a failed mail again ({@link OutboxMail#retry}: due at once with a
 * fresh set of attempts; the {@link OutboxSender} takes it within seconds). Each retry is audited.
 */
@Stateless
@RolesAllowed("ADMIN")
public class MailAdmin {

    /**
     * The most mails one "retry all" makes due again, so its transaction stays small (a mail may
     * carry a PDF); the rest wait for the next.
     */
    public static final int RETRY_ALL_BATCH = 100;

    @Inject
    OutboxRepository outbox;

    @EJB
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** Mails per state, every state present (0 where none). */
    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(outbox.countByStatus());
        return counts;
    }

    /** A page of failed mails, the most recent first. */
    public List<FailedMail> failed(int offset, int limit) {
        return outbox.failed(offset, limit).stream().map(FailedMail::of).toList();
    }

    /**
     * Makes a failed mail due again.
     *
     * @throws NotFoundException      when there is no such mail
     * @throws StateConflictException unless it has failed (it may have been retried meanwhile)
     */
    public void retry(Caller admin, UUID mailId) {
        OutboxMail mail = outbox.find(mailId).orElseThrow(NotFoundException::new);
        if (mail.getStatus() != MailStatus.FAILED) {
            throw new StateConflictException("This mail has not failed (it is " + mail.getStatus().name()
                    .toLowerCase(java.util.Locale.ROOT) + "), so there is nothing to retry.");
        }
        retry(admin, mail, clock.instant());
    }

    /**
     * Makes failed mails due again, up to {@value #RETRY_ALL_BATCH} of them, the most recent first.
     *
     * @return how many were retried
     */
    public int retryAll(Caller admin) {
        Instant now = clock.instant();
        List<UUID> ids = outbox.failedIds(RETRY_ALL_BATCH);
        for (UUID id : ids) {
            outbox.find(id).ifPresent(mail -> retry(admin, mail, now));
        }
        return ids.size();
    }

    private void retry(Caller admin, OutboxMail mail, Instant now) {
        mail.retry(now);
        audit.record(admin.accountId().toString(), "mail.retried", "mail:" + mail.getId(), mail.getKind().name());
    }
}

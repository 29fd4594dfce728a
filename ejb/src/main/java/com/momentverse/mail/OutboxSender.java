package com.momentverse.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due mails from the outbox, every {@code mv.mail.poll-seconds} (5) on every node.
 *
 * <p>The timer is deliberately <em>not persistent</em>, unlike the once-per-cluster jobs of the
 * architecture: a row in the timer store written every few seconds would buy nothing, because
 * every mail is claimed in its own transaction under an optimistic lock ({@link OutboxDelivery}),
 * so nodes polling at once share the work instead of doubling it. Runs never overlap on a node:
 * a tick that finds the previous run still busy does nothing.
 *
 * <p>For each due mail: claim, send through the {@link Mailer}, record the outcome. A mail that
 * fails is retried with exponential backoff and marked FAILED after {@code mv.mail.max-attempts}.
 * When the mail server is unavailable, the mail keeps its attempts and the node stops sending
 * for the base retry delay, so an outage costs one connection attempt per delay instead of one
 * per mail, and every mail is sent once the server is back.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    /** Mails per run; the next tick takes the rest. */
    static final int BATCH_SIZE = 50;

    private static final Logger LOG = Logger.getLogger(OutboxSender.class);

    @Resource
    TimerService timerService;

    @Inject
    OutboxDelivery delivery;

    @Inject
    Mailer mailer;

    @Inject
    OutboxSettings settings;

    Clock clock = Clock.systemUTC();

    private final AtomicBoolean running = new AtomicBoolean();

    /** Until when this node does not send, after it found the mail server unavailable. */
    private volatile Instant pausedUntil = Instant.MIN;

    @PostConstruct
    void startTimer() {
        long interval = settings.pollInterval().toMillis();
        timerService.createIntervalTimer(interval, interval, new TimerConfig("mail-outbox-sender", false));
        LOG.infof("Mail outbox: sending due mails every %d s", settings.pollInterval().toSeconds());
    }

    @Timeout
    void onTimer() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // Typically the database is unreachable; the next tick tries again. Not rethrown: the
            // container would retry the tick at once and log it as a timer failure.
            LOG.warnf(e, "Mail outbox run failed: %s", ErrorSummary.of(e));
        }
    }

    /**
     * Sends the mails that are due now, unless a run is already going on in this node or the
     * mail server was found unavailable a moment ago. The timer calls it; tests and
     * administrators may call it to send without waiting for the next tick.
     *
     * @return how many mails were sent
     */
    public int sendDue() {
        if (!running.compareAndSet(false, true)) {
            LOG.debug("Mail outbox run skipped: the previous one is still running");
            return 0;
        }
        try {
            return sendBatch();
        } finally {
            running.set(false);
        }
    }

    private int sendBatch() {
        Instant now = clock.instant();
        if (now.isBefore(pausedUntil)) {
            return 0;
        }
        List<UUID> due = delivery.due(now, BATCH_SIZE);
        int sent = 0;
        for (UUID id : due) {
            Outcome outcome;
            try {
                outcome = deliver(id);
            } catch (RuntimeException e) {
                // A database failure while claiming or recording: the mail is left for a later run
                // (at the latest when its claim runs out), possibly to be sent again, never lost.
                LOG.warnf(e, "Mail %s left for a later run after a database error: %s", id, ErrorSummary.of(e));
                continue;
            }
            if (outcome == Outcome.SENT) {
                sent++;
            } else if (outcome == Outcome.SERVER_UNAVAILABLE) {
                break;
            }
        }
        return sent;
    }

    private Outcome deliver(UUID id) {
        Optional<ClaimedMail> claim = delivery.claim(id, clock.instant());
        if (claim.isEmpty()) {
            return Outcome.NOT_OURS;
        }
        ClaimedMail mail = claim.get();
        try {
            mailer.send(mail.message());
        } catch (MailDeliveryException e) {
            String error = ErrorSummary.of(e.getCause() != null ? e.getCause() : e);
            if (e.isServerUnavailable()) {
                Instant now = clock.instant();
                delivery.recordPostponed(mail, now, error);
                pausedUntil = now.plus(settings.backoff().base());
                LOG.warnf("Mail server unavailable, sending paused for %d s: %s",
                        settings.backoff().base().toSeconds(), error);
                return Outcome.SERVER_UNAVAILABLE;
            }
            return failed(mail, error);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Mail %s: unexpected failure while sending", id);
            return failed(mail, ErrorSummary.of(e));
        }
        delivery.recordSent(mail, clock.instant());
        LOG.debugf("Mail %s (%s) sent", id, mail.message().kind());
        return Outcome.SENT;
    }

    private Outcome failed(ClaimedMail mail, String error) {
        Optional<MailStatus> status = delivery.recordFailure(mail, clock.instant(), error);
        if (status.isPresent() && status.get() == MailStatus.FAILED) {
            LOG.errorf("Mail %s (%s) FAILED after %d attempts, kept for an administrator: %s",
                    mail.id(), mail.message().kind(), settings.maxAttempts(), error);
        } else {
            LOG.warnf("Mail %s (%s) not sent, will retry: %s", mail.id(), mail.message().kind(), error);
        }
        return Outcome.FAILED;
    }

    private enum Outcome { SENT, FAILED, SERVER_UNAVAILABLE, NOT_OURS }
}

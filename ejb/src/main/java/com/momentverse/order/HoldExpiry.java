package com.momentverse.order;

import com.momentverse.mail.ErrorSummary;
import com.momentverse.payment.CheckoutService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
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
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ends the holds that ran out, every {@code mv.order.hold-sweep-seconds} (15): an unpaid order
 * becomes EXPIRED and its moment RELEASED. With Stripe, the order's checkout session is asked
 * first ({@link CheckoutService#endHold}): a paid one is fulfilled, an open one expired at Stripe;
 * when Stripe cannot be reached the order stays pending and the next sweep asks again, so a lost
 * webhook never loses a sale (this is the reconciliation).
 *
 * <p>Not a persistent timer, like the mail outbox sender and for the same reason: every release
 * is its own transaction guarded by the order's state and row lock ({@link HoldRelease}), so two
 * nodes sweeping at once release each hold once, and a tick that is missed only delays the
 * release to the next. Runs never overlap on a node. Counted as {@code mv_holds_expired_total}.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldExpiry {

    /** Orders per run; the next tick takes the rest. */
    static final int BATCH_SIZE = 200;

    private static final Logger LOG = Logger.getLogger(HoldExpiry.class);

    @Resource
    TimerService timerService;

    @EJB
    HoldRelease release;

    @EJB
    CheckoutService checkout;

    @Inject
    HoldSettings settings;

    @Inject
    MeterRegistry meters;

    Clock clock = Clock.systemUTC();

    private final AtomicBoolean running = new AtomicBoolean();

    private Counter expired;

    @PostConstruct
    void startTimer() {
        expired = meters.counter("mv.holds.expired");
        long interval = settings.sweepInterval().toMillis();
        timerService.createIntervalTimer(interval, interval, new TimerConfig("hold-expiry", false));
        LOG.infof("Holds: releasing holds that ran out every %d s", settings.sweepInterval().toSeconds());
    }

    @Timeout
    void onTimer() {
        try {
            releaseExpired();
        } catch (RuntimeException e) {
            // Typically the database is unreachable; the next tick tries again.
            LOG.warnf(e, "Hold expiry run failed: %s", ErrorSummary.of(e));
        }
    }

    /** Releases the holds that ran out by now; returns how many this run released. */
    public int releaseExpired() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            Instant now = clock.instant();
            List<UUID> over = release.holdsOver(now, BATCH_SIZE);
            int released = 0;
            for (UUID id : over) {
                try {
                    if (checkout.endHold(id, now)) {
                        released++;
                    }
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Hold of order %s left for the next run: %s", id, ErrorSummary.of(e));
                }
            }
            if (released > 0) {
                expired.increment(released);
                LOG.infof("Holds: released %d that ran out", released);
            }
            return released;
        } finally {
            running.set(false);
        }
    }
}

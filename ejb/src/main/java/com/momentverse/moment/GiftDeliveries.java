package com.momentverse.moment;

import com.momentverse.mail.ErrorSummary;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every {@code mv.gift.sweep-seconds} each node delivers the gifts whose date has come
 * ({@link GiftDelivery}, idempotent, so nodes may meet on one gift), a batch at a time. A gift
 * whose certificate is issued later than its date is delivered at the first sweep after.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GiftDeliveries {

    static final int BATCH_SIZE = 50;

    private static final Logger LOG = Logger.getLogger(GiftDeliveries.class);

    @Resource
    TimerService timerService;

    @EJB
    GiftDelivery delivery;

    @Inject
    @ConfigProperty(name = "mv.gift.sweep-seconds")
    int sweepSeconds;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void startTimer() {
        long interval = Math.max(1, sweepSeconds) * 1000L;
        timerService.createIntervalTimer(interval, interval, new TimerConfig("gift-delivery", false));
    }

    @Timeout
    void sweep() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (UUID momentId : delivery.due(BATCH_SIZE)) {
                try {
                    delivery.deliver(momentId);
                } catch (RuntimeException e) {
                    LOG.warnf("Gift of moment %s not delivered, retried at the next sweep: %s", momentId, ErrorSummary.of(e));
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Looking for gifts to deliver failed: %s", ErrorSummary.of(e));
        } finally {
            running.set(false);
        }
    }
}

package com.momentverse.certificate;

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
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Catches up on certificates: every {@code mv.certificate.catch-up-seconds} each node issues the
 * certificates of paid orders that still lack one, so a render that failed or a node that stopped
 * right after a payment is made good within the interval. The usual path is quicker
 * ({@link CertificateOnPayment}); issuing is idempotent ({@link CertificateIssuer}), so both paths,
 * and several nodes, may meet on one order.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CertificateIssuance {

    static final int BATCH_SIZE = 50;

    private static final Logger LOG = Logger.getLogger(CertificateIssuance.class);

    @Resource
    TimerService timerService;

    @EJB
    CertificateWork work;

    @Inject
    CertificateSettings settings;

    @Inject
    CertificateRepositoryReader reader;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void startTimer() {
        long interval = settings.catchUpInterval().toMillis();
        timerService.createIntervalTimer(interval, interval, new TimerConfig("certificate-catch-up", false));
    }

    @Timeout
    void catchUp() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            List<UUID> missing = reader.paidWithoutCertificate(BATCH_SIZE);
            missing.forEach(work::issueNow);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Certificate catch-up failed: %s", ErrorSummary.of(e));
        } finally {
            running.set(false);
        }
    }
}

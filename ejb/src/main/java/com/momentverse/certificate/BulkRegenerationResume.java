package com.momentverse.certificate;

import com.momentverse.mail.ErrorSummary;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.logging.Logger;

/**
 * Resumes the bulk regenerations that the last server stop or crash interrupted, shortly after
 * the application has started (not during deployment, which the batch runtime must have finished).
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkRegenerationResume {

    private static final Logger LOG = Logger.getLogger(BulkRegenerationResume.class);
    private static final long DELAY_MILLIS = 5_000;

    @Resource
    TimerService timerService;

    @EJB
    BulkRegeneration bulk;

    @PostConstruct
    void schedule() {
        timerService.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("certificate-regeneration-resume", false));
    }

    @Timeout
    void resume() {
        try {
            bulk.resumeInterrupted();
        } catch (RuntimeException e) {
            LOG.warnf("Could not resume interrupted certificate regenerations: %s", ErrorSummary.of(e));
        }
    }
}

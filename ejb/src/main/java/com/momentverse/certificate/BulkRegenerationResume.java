package com.momentverse.certificate;

import com.momentverse.mail.ErrorSummary;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Resumes the bulk regenerations that the last server stop or crash interrupted, shortly after
 * the application has started (not during deployment, which the batch runtime must have finished).
 *
 * <p>Two steps, because a job that seems to be running may be running on another node, and the
 * batch runtime knows only its own: jobs stopped with a server restart at once; those that seem to
 * be running are looked at again {@code mv.batch.resume-grace-seconds} later, and restarted only if
 * none of their certificates was replaced meanwhile ({@link BulkRegeneration#resumeStalled}). So a
 * node that starts while another one runs a job does not run it a second time.
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

    @Inject
    @ConfigProperty(name = "mv.batch.resume-grace-seconds")
    int graceSeconds;

    @PostConstruct
    void schedule() {
        timerService.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void resume(Timer timer) {
        try {
            if (timer.getInfo() instanceof SeemingToRun seemingToRun) {
                bulk.resumeStalled(seemingToRun.leftBefore());
                return;
            }
            Map<Long, Long> leftBefore = bulk.resumeStopped();
            if (!leftBefore.isEmpty()) {
                timerService.createSingleActionTimer(Math.max(1, graceSeconds) * 1000L,
                        new TimerConfig(new SeemingToRun(new HashMap<>(leftBefore)), false));
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not resume interrupted certificate regenerations: %s", ErrorSummary.of(e));
        }
    }

    /** The jobs that seemed to be running at start, with the certificates each had left. */
    record SeemingToRun(HashMap<Long, Long> leftBefore) implements Serializable {
    }
}

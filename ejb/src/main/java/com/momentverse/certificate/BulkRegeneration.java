package com.momentverse.certificate;

import com.momentverse.account.Caller;
import com.momentverse.admin.AuditLog;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Bulk regeneration of certificates as a Jakarta Batch job ({@code certificate-regeneration}) run
 * by WildFly's batch subsystem, whose job repository is the application's database: a job is known
 * by the id of its first execution across restarts of the job and of the server. Progress is read
 * from the database: the job's scope ({@link RegenerationScope}) is fixed when it starts, and what
 * is done leaves it, so done = total at the start − still in scope.
 */
@Stateless
@PermitAll // resumeInterrupted runs as the server; the rest is for administrators
public class BulkRegeneration {

    public static final String JOB = "certificate-regeneration";

    /**
     * States of an execution that may be running, here or on another node, or may have been left
     * so by a crash: the job repository cannot tell which.
     */
    private static final Set<BatchStatus> MAYBE_RUNNING =
            EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    private static final Logger LOG = Logger.getLogger(BulkRegeneration.class);

    @Inject
    CertificateRepository certificates;

    @EJB
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /**
     * Starts replacing every VALID certificate issued in [{@code issuedFrom}, {@code issuedBefore})
     * (either end open when null; never after now), premium, standard or both ({@code premium} null).
     *
     * @return the job id
     * @throws InvalidInputException  when the period is empty
     * @throws StateConflictException when a bulk regeneration is already running
     */
    @RolesAllowed("ADMIN")
    public long start(Caller admin, Boolean premium, Instant issuedFrom, Instant issuedBefore) {
        Instant now = clock.instant();
        Instant before = issuedBefore == null || issuedBefore.isAfter(now) ? now : issuedBefore;
        if (issuedFrom != null && !issuedFrom.isBefore(before)) {
            throw new InvalidInputException("issuedFrom", "range", "Must be before issuedBefore and before now.");
        }
        JobOperator jobs = BatchRuntime.getJobOperator();
        if (!running(jobs).isEmpty()) {
            throw new StateConflictException("A bulk regeneration is already running; wait for it to finish.");
        }
        RegenerationScope scope = new RegenerationScope(premium, issuedFrom, before);
        long total = certificates.countToRegenerate(scope);
        Properties parameters = new Properties();
        parameters.setProperty("premium", premium == null ? "" : premium.toString());
        parameters.setProperty("issuedFrom", issuedFrom == null ? "" : issuedFrom.toString());
        parameters.setProperty("issuedBefore", before.toString());
        parameters.setProperty("total", Long.toString(total));
        parameters.setProperty("actor", admin.accountId().toString());
        long jobId = jobs.start(JOB, parameters);
        audit.record(admin.accountId().toString(), "certificate.bulk-regeneration", "job:" + jobId,
                total + " certificates, premium=" + (premium == null ? "any" : premium)
                        + ", issued from " + (issuedFrom == null ? "the start" : issuedFrom) + " to " + before);
        return jobId;
    }

    /**
     * Where a job stands: the state of its latest execution, and how many of its certificates are done.
     *
     * @throws NotFoundException when there is no such job
     */
    @RolesAllowed("ADMIN")
    public JobProgress progress(long jobId) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        JobExecution latest = latest(jobs, jobId);
        Properties parameters = jobs.getParameters(jobId);
        long total = Long.parseLong(parameters.getProperty("total", "0"));
        long left = left(parameters);
        return new JobProgress(jobId, latest.getBatchStatus().name(), Math.max(0, total - left), total,
                latest.getStartTime() == null ? null : latest.getStartTime().toInstant(),
                latest.getEndTime() == null ? null : latest.getEndTime().toInstant());
    }

    /** The bulk regenerations, newest first (at most {@code limit}). */
    @RolesAllowed("ADMIN")
    public List<JobProgress> recent(int limit) {
        return instances(BatchRuntime.getJobOperator(), limit).stream()
                .map(instance -> progress(firstExecution(instance)))
                .toList();
    }

    /**
     * Goes on with a stopped or failed job where it stopped.
     *
     * @throws NotFoundException      when there is no such job
     * @throws StateConflictException when it is running or complete
     */
    @RolesAllowed("ADMIN")
    public void restart(Caller admin, long jobId) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        JobExecution latest = latest(jobs, jobId);
        BatchStatus status = latest.getBatchStatus();
        if (status != BatchStatus.STOPPED && status != BatchStatus.FAILED) {
            throw new StateConflictException("Only a stopped or failed job can be restarted; this one is "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        restartLatest(jobs, latest);
        audit.record(admin.accountId().toString(), "certificate.bulk-regeneration.restarted", "job:" + jobId, status.name());
    }

    /**
     * Restarts the jobs that a server stop interrupted (their latest execution STOPPED), and says
     * how far along are those whose latest execution seems to be running: these may have been
     * left so by a crash, or may be running on another node, which the batch runtime cannot tell
     * apart. {@link #resumeStalled} restarts those that made no progress meanwhile. Called once,
     * when the application starts.
     *
     * @return for each job that seems to be running, its id and how many certificates it has left
     */
    public Map<Long, Long> resumeStopped() {
        JobOperator jobs = BatchRuntime.getJobOperator();
        Map<Long, Long> seemingToRun = new HashMap<>();
        for (JobInstance instance : instances(jobs, 20)) {
            JobExecution latest = latestOf(jobs, instance);
            long jobId = firstExecution(instance);
            if (latest.getBatchStatus() == BatchStatus.STOPPED) {
                LOG.infof("Resuming certificate regeneration job %d (stopped with the server)", jobId);
                restartLatest(jobs, latest);
            } else if (MAYBE_RUNNING.contains(latest.getBatchStatus())) {
                seemingToRun.put(jobId, left(jobs.getParameters(jobId)));
            }
        }
        return seemingToRun;
    }

    /**
     * Restarts the jobs of {@link #resumeStopped} that still seem to be running but have as many
     * certificates left as then: no node is working on them (a running job replaces dozens of
     * certificates a second), so their last node crashed. One that moved on is left to its node.
     *
     * @param leftBefore what {@link #resumeStopped} returned, some time ago
     */
    public void resumeStalled(Map<Long, Long> leftBefore) {
        JobOperator jobs = BatchRuntime.getJobOperator();
        leftBefore.forEach((jobId, before) -> {
            JobExecution latest = latest(jobs, jobId);
            long left = left(jobs.getParameters(jobId));
            if (!MAYBE_RUNNING.contains(latest.getBatchStatus())) {
                return; // it ended, or another node restarted it meanwhile
            }
            if (left < before) {
                LOG.infof("Certificate regeneration job %d is running on another node (%d left)", jobId, left);
            } else {
                LOG.infof("Resuming certificate regeneration job %d (left %s by a crash, %d certificates to go)",
                        jobId, latest.getBatchStatus(), left);
                restartLatest(jobs, latest);
            }
        });
    }

    /** How many certificates of the scope of the job with these parameters are still to be replaced. */
    private long left(Properties parameters) {
        return certificates.countToRegenerate(scopeOf(parameters.getProperty("premium"),
                parameters.getProperty("issuedFrom"), parameters.getProperty("issuedBefore")));
    }

    /** The scope a job was started with, from its parameters. */
    static RegenerationScope scopeOf(String premium, String issuedFrom, String issuedBefore) {
        return new RegenerationScope(blank(premium) ? null : Boolean.valueOf(premium),
                blank(issuedFrom) ? null : Instant.parse(issuedFrom), Instant.parse(issuedBefore));
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }

    private static void restartLatest(JobOperator jobs, JobExecution latest) {
        try {
            jobs.restart(latest.getExecutionId(), new Properties());
        } catch (JobRestartException e) {
            throw new StateConflictException("The job cannot be restarted now; it may still be running.");
        }
    }

    private static List<Long> running(JobOperator jobs) {
        try {
            return jobs.getRunningExecutions(JOB);
        } catch (NoSuchJobException e) {
            return List.of(); // never run here
        }
    }

    private static List<JobInstance> instances(JobOperator jobs, int limit) {
        try {
            return jobs.getJobInstances(JOB, 0, limit);
        } catch (NoSuchJobException e) {
            return List.of();
        }
    }

    private static JobExecution latest(JobOperator jobs, long jobId) {
        try {
            JobInstance instance = jobs.getJobInstance(jobId);
            if (!JOB.equals(instance.getJobName())) {
                throw new NotFoundException();
            }
            return latestOf(jobs, instance);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new NotFoundException();
        }
    }

    private static JobExecution latestOf(JobOperator jobs, JobInstance instance) {
        return jobs.getJobExecutions(instance).stream().max(Comparator.comparingLong(JobExecution::getExecutionId)).orElseThrow();
    }

    private long firstExecution(JobInstance instance) {
        return BatchRuntime.getJobOperator().getJobExecutions(instance).stream()
                .mapToLong(JobExecution::getExecutionId).min().orElseThrow();
    }
}

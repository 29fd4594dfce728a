package com.momentverse.certificate.view;

import com.momentverse.certificate.BulkRegeneration;
import com.momentverse.certificate.CertificateNumber;
import com.momentverse.certificate.CertificateService;
import com.momentverse.certificate.JobProgress;
import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import com.momentverse.web.FormMessages;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * {@code /admin/certificates}: regenerate one certificate, or start a bulk regeneration (all valid
 * certificates, or those of one design or issued in a period) and watch its progress.
 */
@Named
@ViewScoped
public class CertificateAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int JOBS_SHOWN = 10;

    @EJB
    BulkRegeneration bulk;

    @EJB
    CertificateService certificates;

    @Inject
    CurrentCaller caller;

    private String number;
    private String design = "any";
    private LocalDate issuedFrom;
    private LocalDate issuedBefore;
    private List<JobRow> jobs;

    /** Replaces one certificate; says which number replaced it. */
    public void regenerateOne() {
        Optional<CertificateNumber> parsed = CertificateNumber.parse(number);
        if (parsed.isEmpty()) {
            FormMessages.fieldErrors("one", List.of(new FieldError("number", "format",
                    "must look like MV-7K3Q-9XWD.")));
            return;
        }
        try {
            String next = certificates.regenerate(caller.get(), parsed.get()).number();
            FormMessages.info(parsed.get().value() + " is superseded by " + next + ".");
            number = null;
        } catch (NotFoundException e) {
            FormMessages.error("No certificate has the number " + parsed.get().value() + ".");
        } catch (StateConflictException e) {
            FormMessages.error(e.getMessage());
        }
    }

    /** Starts a bulk regeneration of the chosen certificates. */
    public void startBulk() {
        Boolean premium = switch (design) {
            case "premium" -> Boolean.TRUE;
            case "standard" -> Boolean.FALSE;
            default -> null;
        };
        try {
            long jobId = bulk.start(caller.get(), premium, startOfDay(issuedFrom), startOfDay(issuedBefore));
            FormMessages.info("Bulk regeneration started (job " + jobId + ").");
            jobs = null;
        } catch (InvalidInputException e) {
            FormMessages.error("Issued from must be before issued before, and not in the future.");
        } catch (StateConflictException e) {
            FormMessages.error(e.getMessage());
        }
    }

    /** Goes on with a stopped or failed job. */
    public void restart(long jobId) {
        try {
            bulk.restart(caller.get(), jobId);
            FormMessages.info("Job " + jobId + " restarted.");
            jobs = null;
        } catch (NotFoundException | StateConflictException e) {
            FormMessages.error(e instanceof StateConflictException ? e.getMessage() : "No such job.");
        }
    }

    /** The latest bulk regenerations, read again at every (polled) render. */
    public List<JobRow> getJobs() {
        if (jobs == null) {
            jobs = bulk.recent(JOBS_SHOWN).stream().map(JobRow::new).toList();
        }
        return jobs;
    }

    /** Forgets what was read, so the poll shows fresh progress. */
    public void refresh() {
        jobs = null;
    }

    /** Whether the page should keep polling. */
    public boolean isAnyRunning() {
        return getJobs().stream().anyMatch(JobRow::isRunning);
    }

    private static Instant startOfDay(LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getDesign() {
        return design;
    }

    public void setDesign(String design) {
        this.design = design;
    }

    public LocalDate getIssuedFrom() {
        return issuedFrom;
    }

    public void setIssuedFrom(LocalDate issuedFrom) {
        this.issuedFrom = issuedFrom;
    }

    public LocalDate getIssuedBefore() {
        return issuedBefore;
    }

    public void setIssuedBefore(LocalDate issuedBefore) {
        this.issuedBefore = issuedBefore;
    }

    /** One job as the page shows it. */
    public static final class JobRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final JobProgress progress;

        JobRow(JobProgress progress) {
            this.progress = progress;
        }

        public long getJobId() {
            return progress.jobId();
        }

        public String getStatus() {
            return progress.status();
        }

        public long getDone() {
            return progress.done();
        }

        public long getTotal() {
            return progress.total();
        }

        public int getPercent() {
            return progress.total() == 0 ? 100 : (int) (100 * progress.done() / progress.total());
        }

        public String getStartedAt() {
            return progress.startedAt() == null ? "" : progress.startedAt().truncatedTo(ChronoUnit.SECONDS).toString();
        }

        public boolean isRunning() {
            return switch (progress.status()) {
                case "STARTING", "STARTED", "STOPPING" -> true;
                default -> false;
            };
        }

        public boolean isRestartable() {
            return "STOPPED".equals(progress.status()) || "FAILED".equals(progress.status());
        }
    }
}

package com.momentverse.mail.view;

import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import com.momentverse.mail.FailedMail;
import com.momentverse.mail.MailAdmin;
import com.momentverse.mail.MailStatus;
import com.momentverse.web.AdminViews;
import com.momentverse.web.FormMessages;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /admin/mail}: how many outbox mails are pending, sent and failed, the failed ones
 * ({@code ?page=}, the most recent first) with their last error, and sending them again, one or
 * all ({@link MailAdmin}, audited).
 *
 * <p>View-scoped, so that a click on a row's retry button comes back to the rows it was shown
 * with (also on a later page), not to rows read again.
 */
@Named
@ViewScoped
public class MailAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;

    @EJB
    MailAdmin mail;

    @Inject
    CurrentCaller caller;

    private int page;
    private Map<MailStatus, Long> counts;
    private List<MailRow> failed;

    public long getPending() {
        return counts().get(MailStatus.PENDING);
    }

    public long getSent() {
        return counts().get(MailStatus.SENT);
    }

    public long getFailed() {
        return counts().get(MailStatus.FAILED);
    }

    /** This page of failed mails; one more than shown is read to know whether a next page exists. */
    public List<MailRow> getRows() {
        List<MailRow> read = read();
        return read.size() > PAGE_SIZE ? read.subList(0, PAGE_SIZE) : read;
    }

    public boolean isMore() {
        return read().size() > PAGE_SIZE;
    }

    public void retry(UUID id) {
        try {
            mail.retry(caller.get(), id);
            FormMessages.info("The mail is due again; the outbox sends it within seconds.");
            AdminViews.redirect("/admin/mail");
        } catch (StateConflictException e) {
            FormMessages.error(e.getMessage());
        } catch (NotFoundException e) {
            FormMessages.error("No such mail.");
        }
    }

    public void retryAll() {
        int retried = mail.retryAll(caller.get());
        FormMessages.info(retried == 0 ? "No failed mail to retry."
                : retried + " failed mail" + (retried == 1 ? " is" : "s are") + " due again"
                + (retried == MailAdmin.RETRY_ALL_BATCH ? " (the most at once: retry all again for the rest)." : "."));
        AdminViews.redirect("/admin/mail");
    }

    private Map<MailStatus, Long> counts() {
        if (counts == null) {
            counts = mail.counts();
        }
        return counts;
    }

    private List<MailRow> read() {
        if (failed == null) {
            failed = mail.failed(page * PAGE_SIZE, PAGE_SIZE + 1).stream().map(MailRow::new).toList();
        }
        return failed;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, Math.min(page, 10_000));
    }

    /** A failed mail as the page lists it. */
    public static final class MailRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final FailedMail mail;

        MailRow(FailedMail mail) {
            this.mail = mail;
        }

        public UUID getId() {
            return mail.id();
        }

        public String getKind() {
            return com.momentverse.web.StateWords.of(mail.kind());
        }

        public String getRecipient() {
            return mail.recipient();
        }

        public String getSubject() {
            return mail.subject();
        }

        public int getAttempts() {
            return mail.attempts();
        }

        public String getLastError() {
            return mail.lastError() == null ? "" : mail.lastError();
        }

        public String getCreatedAt() {
            return AdminViews.at(mail.createdAt());
        }
    }
}

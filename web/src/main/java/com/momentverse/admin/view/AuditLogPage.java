package com.momentverse.admin.view;

import com.momentverse.admin.AuditFilter;
import com.momentverse.admin.AuditTrail;
import com.momentverse.admin.AuditView;
import com.momentverse.common.InvalidCursorException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /admin/audit}: the audit log, newest first, {@value #PAGE_SIZE} entries a page, searched
 * by actor (an account's e-mail or id, "stripe", "system", "anonymous"), action (or its start,
 * "account."), subject (any part, such as an order id) and UTC dates (from, to, both included).
 * All in the address ({@code ?actor=&action=&subject=&from=&to=&cursor=}), so a search can be
 * bookmarked or shared among administrators.
 */
@Named
@RequestScoped
public class AuditLogPage {

    static final int PAGE_SIZE = 50;

    @EJB
    AuditTrail audit;

    private String actor;
    private String action;
    private String subject;
    private String from;
    private String to;
    private String cursor;
    private Slice<AuditView> found;
    private String problem;

    public List<AuditRow> getRows() {
        return AuditRow.of(found().items());
    }

    public String getNextCursor() {
        return found().nextCursor();
    }

    /** Why the dates were not used, or null. */
    public String getProblem() {
        found();
        return problem;
    }

    private Slice<AuditView> found() {
        if (found == null) {
            AuditFilter filter = new AuditFilter(actor, action, subject, day(from, 0), day(to, 1));
            try {
                found = audit.search(filter, new PageRequest(PAGE_SIZE, cursor));
            } catch (InvalidCursorException e) {
                found = audit.search(filter, PageRequest.first(PAGE_SIZE));
            }
        }
        return found;
    }

    /** The start of the day (plus {@code days}) in UTC, or null for no date or one that is not a date. */
    private Instant day(String text, int days) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text).plusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            problem = "Dates are written as 2026-11-25; \"" + text + "\" is not one, so it was left out.";
            return null;
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = clean(actor);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = clean(action);
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = clean(subject);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = clean(from);
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = clean(to);
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = clean(cursor);
    }
}

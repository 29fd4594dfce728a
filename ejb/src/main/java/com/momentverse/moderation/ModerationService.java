package com.momentverse.moderation;

import com.momentverse.account.Account;
import com.momentverse.account.AccountRepository;
import com.momentverse.account.Caller;
import com.momentverse.admin.AuditLog;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import com.momentverse.mail.MailOutbox;
import com.momentverse.mail.MailTemplates;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentAccess;
import com.momentverse.moment.MomentRepository;
import com.momentverse.moment.MomentStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moderation. Anyone who can see a confirmed moment may report it, with a reason; the open
 * reports are the administrators' queue. An administrator hides a moment with a reason: it then
 * behaves as private for everyone but its owner and administrators, on every surface, and stays
 * owned and certified; its owner is mailed the reason. Unhiding restores its own visibility;
 * dismissing closes the reports. Every administrator's action is audited.
 */
@Stateless
@PermitAll // report() is for anyone; the rest is for administrators
public class ModerationService {

    @Inject
    MomentRepository moments;

    @Inject
    ModerationRepository moderation;

    @Inject
    AccountRepository accounts;

    @Inject
    MailTemplates templates;

    @EJB
    MailOutbox outbox;

    @EJB
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /**
     * A visitor reports a moment.
     *
     * @throws NotFoundException     when the caller cannot see it, or it is not confirmed
     * @throws InvalidInputException when the reason is empty or longer than 500 characters
     */
    public void report(Caller caller, UUID momentId, String reason) {
        Moment moment = moments.find(momentId)
                .filter(m -> m.getStatus() == MomentStatus.CONFIRMED && MomentAccess.canSee(caller, m))
                .orElseThrow(NotFoundException::new);
        moderation.add(new MomentReport(moment.getId(), reason("reason", reason), caller.accountId(), clock.instant()));
    }

    /**
     * Hides the moment and closes its open reports; the owner is mailed the reason.
     *
     * @throws StateConflictException when it is hidden already
     */
    @RolesAllowed("ADMIN")
    public void hide(Caller admin, UUID momentId, String reason) {
        String why = reason("reason", reason);
        Moment moment = moments.findForUpdate(momentId).orElseThrow(NotFoundException::new);
        if (moment.isHidden()) {
            throw new StateConflictException("The moment is hidden already.");
        }
        Instant now = clock.instant();
        moment.hide();
        moderation.add(new ModerationAction(momentId, ModerationAction.Kind.HIDE, why, admin.accountId(), now));
        moderation.openReportsOf(momentId).forEach(r -> r.resolve(MomentReport.Resolution.HIDDEN, now));
        if (moment.getOwnerId() != null) {
            accounts.find(moment.getOwnerId()).ifPresent((Account owner) -> outbox.enqueue(
                    templates.momentHidden(owner.getEmail(), owner.getName(), moment.getTitle(), why)));
        }
        audit.record(admin.accountId().toString(), "moment.hidden", "moment:" + momentId, why);
    }

    /** Shows a hidden moment again as its own visibility says. */
    @RolesAllowed("ADMIN")
    public void unhide(Caller admin, UUID momentId) {
        Moment moment = moments.findForUpdate(momentId).orElseThrow(NotFoundException::new);
        if (!moment.isHidden()) {
            throw new StateConflictException("The moment is not hidden.");
        }
        moment.unhide();
        moderation.add(new ModerationAction(momentId, ModerationAction.Kind.UNHIDE, null, admin.accountId(), clock.instant()));
        audit.record(admin.accountId().toString(), "moment.unhidden", "moment:" + momentId, null);
    }

    /** Closes the moment's open reports without hiding it. */
    @RolesAllowed("ADMIN")
    public void dismiss(Caller admin, UUID momentId) {
        Instant now = clock.instant();
        List<MomentReport> open = moderation.openReportsOf(momentId);
        open.forEach(r -> r.resolve(MomentReport.Resolution.DISMISSED, now));
        audit.record(admin.accountId().toString(), "reports.dismissed", "moment:" + momentId, open.size() + " reports");
    }

    /** The queue: moments with open reports, the longest waiting first, each with its reports. */
    @RolesAllowed("ADMIN")
    public List<ReportedMoment> queue(int limit) {
        Map<UUID, ReportedMoment> byMoment = new LinkedHashMap<>();
        for (MomentReport report : moderation.openReports(limit * 10)) {
            ReportedMoment entry = byMoment.computeIfAbsent(report.getMomentId(), id -> moments.find(id)
                    .map(m -> new ReportedMoment(id, m.getTitle(), m.getVisibility().name(), m.isHidden(), new ArrayList<>()))
                    .orElse(null));
            if (entry != null) {
                entry.reasons().add(report.getReason());
            }
        }
        return byMoment.values().stream().limit(limit).toList();
    }

    /** The moments hidden now, latest first, with why. */
    @RolesAllowed("ADMIN")
    public List<HiddenMoment> hidden(int limit) {
        return moderation.currentlyHidden(limit).stream()
                .map(a -> new HiddenMoment(a.getMomentId(), moments.find(a.getMomentId()).map(Moment::getTitle).orElse(""),
                        a.getReason(), a.getAt()))
                .toList();
    }

    private static String reason(String field, String text) {
        String clean = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
        int length = clean.codePointCount(0, clean.length());
        if (length == 0 || length > MomentReport.MAX_REASON || clean.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidInputException(field, "length", "Must be 1 to " + MomentReport.MAX_REASON + " characters of text.");
        }
        return clean;
    }

    /** A moment in the queue and what its reports say. */
    public record ReportedMoment(UUID momentId, String title, String visibility, boolean hidden, List<String> reasons) {
    }

    /** A hidden moment and the reason it was hidden. */
    public record HiddenMoment(UUID momentId, String title, String reason, Instant hiddenAt) {
    }
}

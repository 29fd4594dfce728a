package com.momentverse.ops;

import com.momentverse.account.Caller;
import com.momentverse.admin.AuditLog;
import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Status notices: administrators publish news, incidents and maintenance windows and end them
 * (audited); everyone reads those shown now ({@link NoticeBoard} keeps them for a few seconds).
 */
@Stateless
@PermitAll // shown() is for everyone; publishing and ending are for administrators
public class StatusNotices {

    @Inject
    StatusNoticeRepository notices;

    @Inject
    NoticeBoard board;

    @EJB
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** The notices shown now, soonest first. */
    public List<NoticeView> shown() {
        return notices.shownAt(clock.instant()).stream().map(NoticeView::of).toList();
    }

    /**
     * Publishes a notice.
     *
     * @param startsAt null: now
     * @param endsAt   null: until an administrator ends it
     * @throws InvalidInputException when the title is empty or too long, the message too long, or
     *                               the window ends before it starts or in the past
     */
    @RolesAllowed("ADMIN")
    public NoticeView publish(Caller admin, NoticeKind kind, String title, String message, Instant startsAt, Instant endsAt) {
        Instant now = clock.instant();
        Instant start = startsAt == null ? now : startsAt;
        String cleanTitle = title == null ? "" : title.strip();
        String cleanMessage = message == null || message.isBlank() ? null : message.strip();
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new FieldError("kind", "required", "Choose information, incident or maintenance."));
        }
        if (cleanTitle.isEmpty() || cleanTitle.length() > StatusNotice.MAX_TITLE) {
            errors.add(new FieldError("title", "length", "Must be 1 to " + StatusNotice.MAX_TITLE + " characters."));
        }
        if (cleanMessage != null && cleanMessage.length() > StatusNotice.MAX_MESSAGE) {
            errors.add(new FieldError("message", "length", "Must be at most " + StatusNotice.MAX_MESSAGE + " characters."));
        }
        if (endsAt != null && (!endsAt.isAfter(start) || !endsAt.isAfter(now))) {
            errors.add(new FieldError("endsAt", "range", "Must be after the start and in the future."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        StatusNotice notice = new StatusNotice(kind, cleanTitle, cleanMessage, start, endsAt, now, admin.accountId().toString());
        notices.add(notice);
        audit.record(admin.accountId().toString(), "notice.published", "notice:" + notice.getId(),
                kind + " from " + notice.getStartsAt() + notice.getEndsAt().map(e -> " to " + e).orElse(""));
        board.forget();
        return NoticeView.of(notice);
    }

    /** Ends a notice now (a maintenance window ends: API writes are accepted again). */
    @RolesAllowed("ADMIN")
    public void end(Caller admin, UUID id) {
        StatusNotice notice = notices.find(id).orElseThrow(NotFoundException::new);
        notice.end(clock.instant());
        audit.record(admin.accountId().toString(), "notice.ended", "notice:" + id, notice.getKind().name());
        board.forget();
    }

    /** The latest notices, shown or ended, for administrators. */
    @RolesAllowed("ADMIN")
    public List<NoticeView> latest(int limit) {
        Instant now = clock.instant();
        return notices.latest(limit).stream().map(n -> NoticeView.of(n).withShown(n.isShownAt(now))).toList();
    }
}

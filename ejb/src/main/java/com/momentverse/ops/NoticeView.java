package com.momentverse.ops;

import java.time.Instant;
import java.util.UUID;

/** A status notice as pages and the API show it. */
public record NoticeView(UUID id, NoticeKind kind, String title, String message, Instant startsAt, Instant endsAt,
                         Instant publishedAt, boolean shown) {

    static NoticeView of(StatusNotice notice) {
        return new NoticeView(notice.getId(), notice.getKind(), notice.getTitle(), notice.getMessage().orElse(null),
                notice.getStartsAt(), notice.getEndsAt().orElse(null), notice.getPublishedAt(), true);
    }

    NoticeView withShown(boolean isShown) {
        return new NoticeView(id, kind, title, message, startsAt, endsAt, publishedAt, isShown);
    }

    /** Whether this is a maintenance window running at {@code now}. */
    public boolean isMaintenanceAt(Instant now) {
        return kind == NoticeKind.MAINTENANCE && !now.isBefore(startsAt) && (endsAt == null || now.isBefore(endsAt));
    }
}

package com.momentverse.ops.view;

import com.momentverse.ops.NoticeView;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** A notice as pages show it (EL reads getters, not record components). */
public final class NoticeRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final NoticeView notice;
    private final boolean maintenanceNow;

    public NoticeRow(NoticeView notice, Instant now) {
        this.notice = notice;
        this.maintenanceNow = notice.isMaintenanceAt(now);
    }

    public UUID getId() {
        return notice.id();
    }

    /** info, incident or maintenance: also the CSS modifier. */
    public String getKind() {
        return notice.kind().name().toLowerCase(Locale.ROOT);
    }

    public String getTitle() {
        return notice.title();
    }

    public String getMessage() {
        return notice.message();
    }

    /** "Maintenance now, until …", "Maintenance from … to …", or when an incident or news began. */
    public String getWhen() {
        String end = notice.endsAt() == null ? "" : " until " + WHEN.format(notice.endsAt());
        return switch (notice.kind()) {
            case MAINTENANCE -> maintenanceNow ? "Now" + end : "From " + WHEN.format(notice.startsAt())
                    + (notice.endsAt() == null ? "" : " to " + WHEN.format(notice.endsAt()));
            case INCIDENT, INFO -> "Since " + WHEN.format(notice.startsAt()) + end;
        };
    }

    public boolean isMaintenanceNow() {
        return maintenanceNow;
    }

    public boolean isShown() {
        return notice.shown();
    }
}

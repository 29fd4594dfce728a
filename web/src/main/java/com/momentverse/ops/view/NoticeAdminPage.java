package com.momentverse.ops.view;

import com.momentverse.common.InvalidInputException;
import com.momentverse.common.NotFoundException;
import com.momentverse.ops.NoticeKind;
import com.momentverse.ops.StatusNotices;
import com.momentverse.web.FormMessages;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** {@code /admin/notices}: publish news, incidents and maintenance windows (times in UTC), and end them. */
@Named
@ViewScoped
public class NoticeAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StatusNotices notices;

    @Inject
    CurrentCaller caller;

    private String kind = "MAINTENANCE";
    private String title;
    private String message;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private List<NoticeRow> rows;

    public void publish() {
        try {
            notices.publish(caller.get(), NoticeKind.valueOf(kind), title, message, utc(startsAt), utc(endsAt));
            FormMessages.info("Published.");
            title = null;
            message = null;
            startsAt = null;
            endsAt = null;
            rows = null;
        } catch (InvalidInputException e) {
            FormMessages.fieldErrors("publish", e.getErrors());
        }
    }

    public void end(UUID id) {
        try {
            notices.end(caller.get(), id);
            FormMessages.info("Ended.");
        } catch (NotFoundException e) {
            FormMessages.error("No such notice.");
        }
        rows = null;
    }

    public List<NoticeRow> getNotices() {
        if (rows == null) {
            Instant now = Clock.systemUTC().instant();
            rows = notices.latest(30).stream().map(n -> new NoticeRow(n, now)).toList();
        }
        return rows;
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }
}

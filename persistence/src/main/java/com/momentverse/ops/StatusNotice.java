package com.momentverse.ops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A notice administrators publish on the status page and in the banner of every page. It shows
 * from publication until it ends: at {@code endsAt}, or when an administrator ends it. A
 * maintenance notice's window [{@code startsAt}, {@code endsAt}) is the time during which API
 * writes are answered 503 (open-ended until ended when {@code endsAt} is null).
 */
@Entity
@Table(name = "status_notice")
public class StatusNotice {

    public static final int MAX_TITLE = 200;
    public static final int MAX_MESSAGE = 2000;

    @Id
    @Column(name = "id")
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 12, nullable = false, updatable = false)
    private NoticeKind kind;

    @Column(name = "title", length = MAX_TITLE, nullable = false, updatable = false)
    private String title;

    @Column(name = "message", length = MAX_MESSAGE, updatable = false)
    private String message;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", updatable = false)
    private Instant endsAt;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", length = 100, nullable = false, updatable = false)
    private String publishedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected StatusNotice() {
        // for JPA
    }

    /**
     * @param startsAt when the notice's subject begins (now for news and incidents)
     * @param endsAt   when it ends by itself, after it starts (checked by StatusNotices and the
     *                 database); null: when an administrator ends it
     */
    public StatusNotice(NoticeKind kind, String title, String message, Instant startsAt, Instant endsAt,
                        Instant now, String publishedBy) {
        this.id = UUID.randomUUID();
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = Objects.requireNonNull(title, "title");
        this.message = message;
        this.startsAt = startsAt.truncatedTo(ChronoUnit.SECONDS);
        this.endsAt = endsAt == null ? null : endsAt.truncatedTo(ChronoUnit.SECONDS);
        this.publishedAt = now;
        this.publishedBy = publishedBy;
    }

    /** An administrator ends it now; ending an ended notice changes nothing. */
    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    /** Whether it is still shown: not ended by an administrator, and not past its end. */
    public boolean isShownAt(Instant now) {
        return endedAt == null && (endsAt == null || now.isBefore(endsAt));
    }

    public UUID getId() {
        return id;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Optional<String> getMessage() {
        return Optional.ofNullable(message);
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Optional<Instant> getEndsAt() {
        return Optional.ofNullable(endsAt);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Optional<Instant> getEndedAt() {
        return Optional.ofNullable(endedAt);
    }
}

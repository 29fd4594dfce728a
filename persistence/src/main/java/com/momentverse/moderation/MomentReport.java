package com.momentverse.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A visitor's report of a public moment, open until an administrator hides the moment or dismisses it. */
@Entity
@Table(name = "moment_report")
public class MomentReport {

    public static final int MAX_REASON = 500;

    /** How a report was closed. */
    public enum Resolution { HIDDEN, DISMISSED }

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "moment_id", nullable = false, updatable = false)
    private UUID momentId;

    @Column(name = "reason", length = 1000, nullable = false, updatable = false)
    private String reason;

    @Column(name = "reporter_id", updatable = false)
    private UUID reporterId;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "resolution", length = 12)
    private Resolution resolution;

    protected MomentReport() {
        // for JPA
    }

    /** @param reporterId null for a visitor who is not signed in */
    public MomentReport(UUID momentId, String reason, UUID reporterId, Instant now) {
        this.id = UUID.randomUUID();
        this.momentId = Objects.requireNonNull(momentId, "momentId");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.reporterId = reporterId;
        this.reportedAt = now;
    }

    /** Closes an open report; a closed one stays as it was closed. */
    public void resolve(Resolution how, Instant now) {
        if (resolvedAt == null) {
            resolution = how;
            resolvedAt = now;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getMomentId() {
        return momentId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Optional<Resolution> getResolution() {
        return Optional.ofNullable(resolution);
    }
}

package com.momentverse.moderation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An administrator hid or unhid a moment, with a reason (kept for the record; the latest HIDE's is shown). */
@Entity
@Table(name = "moderation_action")
public class ModerationAction {

    /** What was done. */
    public enum Kind { HIDE, UNHIDE }

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "moment_id", nullable = false, updatable = false)
    private UUID momentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 8, nullable = false, updatable = false)
    private Kind action;

    @Column(name = "reason", length = 1000, updatable = false)
    private String reason;

    @Column(name = "admin_id", nullable = false, updatable = false)
    private UUID adminId;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    protected ModerationAction() {
        // for JPA
    }

    public ModerationAction(UUID momentId, Kind action, String reason, UUID adminId, Instant at) {
        this.id = UUID.randomUUID();
        this.momentId = momentId;
        this.action = action;
        this.reason = reason;
        this.adminId = adminId;
        this.at = at;
    }

    public UUID getMomentId() {
        return momentId;
    }

    public Kind getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAt() {
        return at;
    }
}

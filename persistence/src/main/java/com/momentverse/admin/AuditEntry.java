package com.momentverse.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log: who (an account id, "stripe", "system") did what ("order.paid",
 * "order.refunded") to which thing ("order:&lt;id&gt;"), when, and a short detail. Written in
 * the transaction of the change it records, never changed afterwards: every column is
 * insertable only, nothing in the code updates or deletes an entry, and on PostgreSQL a
 * trigger refuses both (changelog 080).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(name = "action", length = 60, nullable = false, updatable = false)
    private String action;

    @Column(name = "subject", length = 100, nullable = false, updatable = false)
    private String subject;

    @Column(name = "detail", length = 1000, updatable = false)
    private String detail;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String actor, String action, String subject, String detail) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public UUID getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}

package com.momentverse.certificate;

import com.momentverse.moment.Moment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A certificate of a paid moment: its number, the SHA-256 of its PDF (kept apart in
 * {@link CertificatePdf}, written once and never changed), and its status. At most one certificate
 * of an order is VALID at a time, which the database enforces; a regeneration supersedes, a
 * refund revokes.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @Column(name = "number", length = 12)
    private String number;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "moment_id", nullable = false, updatable = false)
    private Moment moment;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private CertificateStatus status;

    @Column(name = "premium", nullable = false, updatable = false)
    private boolean premium;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "superseded_by", length = 12)
    private String supersededBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Certificate() {
        // for JPA
    }

    /** A VALID certificate of the moment of a paid order, whose PDF has this SHA-256. */
    public Certificate(CertificateNumber number, Moment moment, UUID orderId, boolean premium, Instant issuedAt,
                       String sha256) {
        this.number = number.value();
        this.moment = Objects.requireNonNull(moment, "moment");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.premium = premium;
        this.issuedAt = issuedAt.truncatedTo(ChronoUnit.MICROS);
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.status = CertificateStatus.VALID;
    }

    /** A newer certificate replaces this one; this one stays verifiable and points to it. */
    public void supersedeBy(CertificateNumber newer) {
        if (status == CertificateStatus.VALID) {
            status = CertificateStatus.SUPERSEDED;
            supersededBy = newer.value();
        }
    }

    /** The order was refunded. Revoking a revoked or superseded certificate changes nothing. */
    public void revoke(Instant now) {
        if (status == CertificateStatus.VALID) {
            status = CertificateStatus.REVOKED;
            revokedAt = now;
        }
    }

    public CertificateNumber getNumber() {
        return new CertificateNumber(number);
    }

    public Moment getMoment() {
        return moment;
    }

    public UUID getOrderId() {
        return orderId;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public boolean isPremium() {
        return premium;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    /** The SHA-256 of the PDF, lower-case hex. */
    public String getSha256() {
        return sha256;
    }

    public Optional<CertificateNumber> getSupersededBy() {
        return Optional.ofNullable(supersededBy).map(CertificateNumber::new);
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}

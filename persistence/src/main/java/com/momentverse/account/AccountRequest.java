package com.momentverse.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A request about an address that must not reveal whether the address has an account:
 * registering, asking for a new verification link, asking for a password reset. The request
 * answers after recording this row (the same work whoever asks), and the row is carried out
 * right after the commit: only then is the address looked up.
 */
@Entity
@Table(name = "account_request")
public class AccountRequest {

    /** What is asked for. */
    public enum Kind {
        REGISTER, RESEND_VERIFICATION, PASSWORD_RESET
    }

    @Id
    @Column(name = "id")
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 24, nullable = false)
    private Kind kind;

    @Column(name = "email", length = 254, nullable = false)
    private String email;

    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccountRequest() {
        // for JPA
    }

    private AccountRequest(Kind kind, String email, String name, String passwordHash, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.email = email.strip();
        this.name = name;
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    /** A registration, its password already hashed (a password is never stored in clear). */
    public static AccountRequest register(String name, String email, String passwordHash, Instant now) {
        return new AccountRequest(Kind.REGISTER, email, name, passwordHash, now);
    }

    public static AccountRequest about(Kind kind, String email, Instant now) {
        return new AccountRequest(kind, email, null, null, now);
    }

    public UUID getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

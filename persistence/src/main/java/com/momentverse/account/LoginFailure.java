package com.momentverse.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One failed sign-in for an e-mail key from a client address. Kept in the database so
 * that the lockout holds across nodes; rows older than the window are deleted.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "email_key", length = 254, nullable = false)
    private String emailKey;

    @Column(name = "client_address", length = 64, nullable = false)
    private String clientAddress;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
        // for JPA
    }

    public LoginFailure(String emailKey, String clientAddress, Instant failedAt) {
        this.id = UUID.randomUUID();
        this.emailKey = emailKey;
        this.clientAddress = clientAddress;
        this.failedAt = failedAt;
    }

    public Instant getFailedAt() {
        return failedAt;
    }
}

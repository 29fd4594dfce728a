package com.momentverse.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A single-use token sent by e-mail (verify an address, reset a password). Only the
 * SHA-256 of the token is stored, so a copy of the database cannot be used to take over
 * an account. A verification token also names the address it verifies, so a link sent to
 * an old address cannot verify a newer one.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    @Id
    @Column(name = "id")
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", length = 20, nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", length = 64, nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "email_key", length = 254, nullable = false)
    private String emailKey;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    public AccountToken(Account account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.id = UUID.randomUUID();
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.emailKey = account.getEmailKey();
        this.expiresAt = now.plus(purpose.validity());
    }

    public Account getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    /** Usable: not used, not expired, and (for verification) the account still has that address. */
    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && emailKey.equals(account.getEmailKey());
    }

    public void markUsed(Instant now) {
        this.usedAt = now;
    }
}

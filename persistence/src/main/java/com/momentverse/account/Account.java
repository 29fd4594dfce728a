package com.momentverse.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A person who can sign in. The e-mail is kept as entered and, for uniqueness and look-up,
 * as a case-folded key ({@link #emailKey(String)}); the database enforces that key unique.
 *
 * <p>{@code credentialsVersion} ends every earlier sign-in: each JWT and each page session
 * remembers the version it was issued under, and is refused once the version moved on. A
 * password reset, a password change and disabling the account move it on. (A counter, not
 * a time: a JWT's issue time has whole-second precision, too coarse to order a reset and a
 * sign-in in the same second.)
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "email", length = 254, nullable = false)
    private String email;

    @Column(name = "email_key", length = 254, nullable = false, unique = true)
    private String emailKey;

    @Column(name = "password_hash", length = 200, nullable = false)
    private String passwordHash;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "admin", nullable = false)
    private boolean admin;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String name, String email, String passwordHash, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name;
        changeEmail(email);
        this.passwordHash = passwordHash;
        this.createdAt = now;
    }

    /** The key under which an address is unique: trimmed and lower-cased. */
    public static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String getEmail() {
        return email;
    }

    public String getEmailKey() {
        return emailKey;
    }

    /** A new address is unverified until its owner follows the link sent to it. */
    public final void changeEmail(String newEmail) {
        this.email = newEmail.strip();
        this.emailKey = emailKey(newEmail);
        this.emailVerified = false;
    }

    /** The same address written differently ("Ada@Example.com"): still the same, still verified. */
    public void changeEmailSpelling(String sameEmail) {
        if (!emailKey(sameEmail).equals(emailKey)) {
            throw new IllegalArgumentException("not the same address");
        }
        this.email = sameEmail.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** A new password (or new parameters for the same one) ends every earlier sign-in. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        endEarlierSignIns();
    }

    /** The same password, hashed again with current parameters; sign-ins stay valid. */
    public void rehashPassword(String newHash) {
        this.passwordHash = newHash;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public void markEmailVerified() {
        this.emailVerified = true;
    }

    public boolean isAdmin() {
        return admin;
    }

    public void grantAdmin() {
        this.admin = true;
    }

    public void revokeAdmin() {
        this.admin = false;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public void disable() {
        this.disabled = true;
        endEarlierSignIns();
    }

    public void enable() {
        this.disabled = false;
    }

    public Set<Role> getRoles() {
        return admin ? EnumSet.of(Role.USER, Role.ADMIN) : EnumSet.of(Role.USER);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    /**
     * Whether a sign-in made under {@code version} (a JWT's claim, a session's record) still
     * counts: the account is enabled and its credentials have not changed since.
     */
    public boolean acceptsSignIn(int version) {
        return !disabled && version == credentialsVersion;
    }

    private void endEarlierSignIns() {
        this.credentialsVersion++;
    }
}

package com.momentverse.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The RSA key pair that signs access tokens when none is configured
 * ({@code MV_JWT_PRIVATE_KEY}/{@code MV_JWT_PUBLIC_KEY}): generated once by the first node
 * and kept here, so tokens survive restarts and every node accepts every node's tokens.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @Column(name = "kid", length = 64)
    private String kid;

    @Column(name = "private_key_pem", length = 4000, nullable = false)
    private String privateKeyPem;

    @Column(name = "public_key_pem", length = 2000, nullable = false)
    private String publicKeyPem;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKey() {
        // for JPA
    }

    public SigningKey(String kid, String privateKeyPem, String publicKeyPem, Instant createdAt) {
        this.kid = kid;
        this.privateKeyPem = privateKeyPem;
        this.publicKeyPem = publicKeyPem;
        this.createdAt = createdAt;
    }

    public String getKid() {
        return kid;
    }

    public String getPrivateKeyPem() {
        return privateKeyPem;
    }

    public String getPublicKeyPem() {
        return publicKeyPem;
    }
}

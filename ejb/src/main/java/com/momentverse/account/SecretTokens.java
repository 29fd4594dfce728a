package com.momentverse.account;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The single-use secret tokens sent by e-mail (verification, password reset): 32 random
 * bytes from {@link SecureRandom}, written in Base64url without padding (43 characters, safe
 * in a URL as they are).
 *
 * <p>Only {@linkplain #hash hashes} are stored, so a copy of the database does not let
 * anyone verify an address or reset a password. An unsalted SHA-256 is enough here, unlike
 * for passwords: the token has 256 random bits, so there is nothing to guess from its hash,
 * and the hash can be looked up directly ({@code WHERE token_hash = ?}). Looking it up by
 * hash also leaks nothing through timing, since an attacker cannot choose the hash's prefix;
 * {@link #matches} compares in constant time for the cases that compare in code.
 */
@ApplicationScoped
public class SecretTokens {

    /** Random bytes per token: 256 bits. */
    public static final int TOKEN_BYTES = 32;

    /** Characters of a token: 32 bytes in Base64 without padding. */
    public static final int TOKEN_LENGTH = 43;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{" + TOKEN_LENGTH + "}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random = new SecureRandom();

    /** A new token, to send (never store) as it is. */
    public String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    /** The hash to store for a token and to look it up by: SHA-256 of its UTF-8 bytes, 64 lower-case hex digits. */
    public String hash(String token) {
        Objects.requireNonNull(token, "token");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HEX.formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether the token is the one a stored hash was made from, compared in constant time; false for null. */
    public boolean matches(String token, String storedHash) {
        if (token == null || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Whether the text has the shape of a token (43 Base64url characters): a cheap check of
     * what arrives in a link before any database lookup. It says nothing about validity.
     */
    public boolean isWellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }
}

package com.momentverse.account;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class SecretTokensTest {

    private final SecretTokens tokens = new SecretTokens();

    @Test
    void aTokenIs32RandomBytesInBase64UrlWithoutPadding() {
        String token = tokens.newToken();
        assertThat(token).hasSize(SecretTokens.TOKEN_LENGTH).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(tokens.isWellFormed(token)).isTrue();
    }

    @Test
    void tokensAreUnique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(tokens.newToken())).isTrue();
        }
    }

    @Test
    void theHashIsSha256InLowerCaseHex() {
        // The FIPS 180-2 test vector for "abc".
        assertThat(tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theHashIsStableAndDiffersPerToken() {
        String token = tokens.newToken();
        String hash = tokens.hash(token);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        assertThat(new SecretTokens().hash(token)).isEqualTo(hash);
        assertThat(tokens.hash(tokens.newToken())).isNotEqualTo(hash);
        assertThatNullPointerException().isThrownBy(() -> tokens.hash(null));
    }

    @Test
    void matchesComparesWithTheStoredHash() {
        String token = tokens.newToken();
        String stored = tokens.hash(token);
        assertThat(tokens.matches(token, stored)).isTrue();
        assertThat(tokens.matches(tokens.newToken(), stored)).isFalse();
        assertThat(tokens.matches(token, stored.substring(1))).isFalse();
        assertThat(tokens.matches(null, stored)).isFalse();
        assertThat(tokens.matches(token, null)).isFalse();
    }

    @Test
    void wellFormedIsOnlyAboutShape() {
        assertThat(tokens.isWellFormed(null)).isFalse();
        assertThat(tokens.isWellFormed("")).isFalse();
        assertThat(tokens.isWellFormed("a".repeat(42))).isFalse();
        assertThat(tokens.isWellFormed("a".repeat(44))).isFalse();
        assertThat(tokens.isWellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(tokens.isWellFormed("a".repeat(42) + "+")).as("Base64, not Base64url").isFalse();
        assertThat(tokens.isWellFormed("a".repeat(42) + "-")).isTrue();
    }
}

package com.momentverse.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything MomentVerse keeps about a person, as they download it. Moments and orders join
 * it when they exist.
 */
public record AccountExport(Instant exportedAt, Profile profile) {

    /** The account itself (its password is never exported, not even hashed). */
    public record Profile(UUID id, String name, String email, boolean emailVerified, List<Role> roles,
                          Instant createdAt) {
    }

    static AccountExport of(Account account, Instant now) {
        return new AccountExport(now, new Profile(account.getId(), account.getName(), account.getEmail(),
                account.isEmailVerified(), List.copyOf(account.getRoles()), account.getCreatedAt()));
    }
}

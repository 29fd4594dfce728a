package com.momentverse.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the web layer may know of an account (never the password hash): detached, immutable,
 * safe to keep in a session.
 *
 * @param credentialsVersion the version a sign-in made now is issued under (see {@link Account})
 */
public record AccountView(UUID id, String name, String email, boolean emailVerified, List<Role> roles,
                          boolean disabled, Instant createdAt, int credentialsVersion) implements Serializable {

    public static AccountView of(Account account) {
        return new AccountView(account.getId(), account.getName(), account.getEmail(), account.isEmailVerified(),
                List.copyOf(account.getRoles()), account.isDisabled(), account.getCreatedAt(),
                account.getCredentialsVersion());
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}

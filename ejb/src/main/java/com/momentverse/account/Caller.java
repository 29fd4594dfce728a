package com.momentverse.account;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is asking: an account (with or without the ADMIN role) or nobody. The web layer knows it
 * from the sign-in; services decide with it what the caller may see and change.
 *
 * @param accountId the signed-in account, or null for a visitor
 * @param admin     whether the account has the ADMIN role
 */
public record Caller(UUID accountId, boolean admin) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Caller ANONYMOUS = new Caller(null, false);

    public static Caller user(UUID accountId) {
        return new Caller(accountId, false);
    }

    public Optional<UUID> account() {
        return Optional.ofNullable(accountId);
    }

    public boolean is(UUID account) {
        return accountId != null && accountId.equals(account);
    }
}

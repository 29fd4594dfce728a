package com.momentverse.account.api;

import com.momentverse.account.AccountView;
import com.momentverse.account.Role;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** JSON shapes of accounts (API.md, "Accounts"). */
public final class AccountJson {

    private AccountJson() {
    }

    /** {@code GET /api/v1/me}. */
    public record Me(UUID id, String name, String email, boolean emailVerified, List<Role> roles, Instant createdAt) {
        static Me of(AccountView account) {
            return new Me(account.id(), account.name(), account.email(), account.emailVerified(), account.roles(),
                    account.createdAt());
        }
    }

    /** An account as administrators see it. */
    public record User(UUID id, String name, String email, boolean emailVerified, List<Role> roles, boolean disabled,
                       Instant createdAt) {
        static User of(AccountView account) {
            return new User(account.id(), account.name(), account.email(), account.emailVerified(), account.roles(),
                    account.disabled(), account.createdAt());
        }
    }

    /** {@code POST /api/v1/auth/token} answer. */
    public record Token(String accessToken, String tokenType, long expiresIn) {
    }

    /** The one body of {@code 202} answers that must not reveal anything. */
    public record Accepted(String status, String message) {
    }

    public record RegisterRequest(String name, String email, String password) {
    }

    public record EmailRequest(String email) {
    }

    public record TokenRequest(String token) {
    }

    public record CredentialsRequest(String email, String password) {
    }

    public record ResetRequest(String token, String password) {
    }

    public record ProfileRequest(String name, String email, String password, String currentPassword) {
    }

    public record DeleteRequest(String currentPassword) {
    }

    public record UserChange(List<Role> roles, Boolean disabled) {
    }
}

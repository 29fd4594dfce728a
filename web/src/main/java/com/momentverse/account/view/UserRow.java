package com.momentverse.account.view;

import com.momentverse.account.AccountView;
import com.momentverse.web.AdminViews;

import java.io.Serializable;
import java.util.UUID;

/** An account as the administrators' users page shows it. */
public final class UserRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AccountView account;

    UserRow(AccountView account) {
        this.account = account;
    }

    public UUID getId() {
        return account.id();
    }

    public String getName() {
        return account.name();
    }

    public String getEmail() {
        return account.email();
    }

    public boolean isEmailVerified() {
        return account.emailVerified();
    }

    public boolean isAdmin() {
        return account.isAdmin();
    }

    public boolean isDisabled() {
        return account.disabled();
    }

    /** "administrator" or "user". */
    public String getRole() {
        return account.isAdmin() ? "administrator" : "user";
    }

    /** "disabled" or "active". */
    public String getState() {
        return account.disabled() ? "disabled" : "active";
    }

    public String getCreatedAt() {
        return AdminViews.at(account.createdAt());
    }
}

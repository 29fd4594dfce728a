package com.momentverse.account;

import com.momentverse.admin.AuditLog;
import com.momentverse.common.InvalidCursorException;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import com.momentverse.common.StateConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What administrators do with accounts: list them, grant or revoke the ADMIN role, disable
 * and enable. An administrator cannot demote or disable themselves (so the site always has
 * one). Disabling ends the account's sign-ins at once. Every change is in the audit log, with
 * the administrator who made it.
 */
@Stateless
@RolesAllowed("ADMIN")
public class AccountAdminService {

    @Inject
    AccountRepository accounts;

    @EJB
    AuditLog audit;

    /** Accounts, newest first, optionally filtered by a text in name or e-mail. */
    public Slice<AccountView> list(String text, PageRequest page) {
        Account after = page.cursor() == null ? null : accounts.find(cursorId(page.cursor()))
                .orElseThrow(InvalidCursorException::new);
        List<Account> found = accounts.list(text, after, page.limit() + 1);
        boolean more = found.size() > page.limit();
        List<Account> items = more ? found.subList(0, page.limit()) : found;
        String next = more ? items.get(items.size() - 1).getId().toString() : null;
        return new Slice<>(items.stream().map(AccountView::of).toList(), next);
    }

    /** One account. @throws NotFoundException when there is none with this id */
    public AccountView find(UUID id) {
        return accounts.find(id).map(AccountView::of).orElseThrow(NotFoundException::new);
    }

    /**
     * Applies an administrator's change to another account; what changed is audited (asking for
     * what already is changes and records nothing).
     *
     * @param actingAdmin the administrator making the change
     * @param roles       the new roles (USER is implied), or null to keep them
     * @param disabled    the new state, or null to keep it
     */
    public AccountView update(UUID actingAdmin, UUID id, Set<Role> roles, Boolean disabled) {
        Account account = accounts.find(id).orElseThrow(NotFoundException::new);
        boolean self = account.getId().equals(actingAdmin);
        if (roles != null) {
            if (roles.contains(Role.ADMIN) && !account.isAdmin()) {
                account.grantAdmin();
                record(actingAdmin, "account.admin-granted", account);
            } else if (!roles.contains(Role.ADMIN) && account.isAdmin()) {
                if (self) {
                    throw new StateConflictException("You cannot remove your own administrator role.");
                }
                account.revokeAdmin();
                record(actingAdmin, "account.admin-revoked", account);
            }
        }
        if (disabled != null) {
            if (disabled && !account.isDisabled()) {
                if (self) {
                    throw new StateConflictException("You cannot disable your own account.");
                }
                account.disable();
                record(actingAdmin, "account.disabled", account);
            } else if (!disabled && account.isDisabled()) {
                account.enable();
                record(actingAdmin, "account.enabled", account);
            }
        }
        return AccountView.of(account);
    }

    private void record(UUID actingAdmin, String action, Account account) {
        audit.record(actingAdmin.toString(), action, "account:" + account.getId(), null);
    }

    private static UUID cursorId(String cursor) {
        try {
            return UUID.fromString(cursor);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
    }
}

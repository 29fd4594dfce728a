package com.momentverse.account.view;

import com.momentverse.account.AccountAdminService;
import com.momentverse.account.AccountView;
import com.momentverse.account.Role;
import com.momentverse.admin.AuditTrail;
import com.momentverse.admin.view.AuditRow;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import com.momentverse.common.StateConflictException;
import com.momentverse.web.AdminSearchPage;
import com.momentverse.web.AdminViews;
import com.momentverse.web.FormMessages;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /admin/users}: find accounts by name or e-mail ({@code ?q=}, pages by {@code ?cursor=}),
 * and one account ({@code ?id=}) with its audit trail, to promote, demote, disable or enable it.
 * The rules (not oneself) and the audit are {@link AccountAdminService}'s.
 *
 * <p>View-scoped: the account's actions are rendered only on its page, so a postback must know the
 * account before the view parameters are applied again (else Faces would drop the click).
 */
@Named
@ViewScoped
public class UserAdminPage extends AdminSearchPage<UserRow, UserRow> {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;

    @EJB
    AccountAdminService accounts;

    @EJB
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    public UserAdminPage() {
        super(PAGE_SIZE);
    }

    @Override
    protected Slice<UserRow> search(PageRequest page) {
        return accounts.list(getQ(), page).map(UserRow::new);
    }

    @Override
    protected UserRow find(UUID id) {
        return new UserRow(accounts.find(id));
    }

    /** The account the page is about ({@code ?id=}), or null. */
    public UserRow getUser() {
        return subject();
    }

    /** The account's audit trail, newest first. */
    public List<AuditRow> getAuditEntries() {
        return getUser() == null ? List.of() : AuditRow.of(audit.about("account:" + getUser().getId()));
    }

    /** Whether the page's account is the administrator looking at it (who cannot demote or disable themselves). */
    public boolean isSelf() {
        return getUser() != null && caller.get().is(getUser().getId());
    }

    public void promote() {
        change(EnumSet.of(Role.USER, Role.ADMIN), null, "is now an administrator.");
    }

    public void demote() {
        change(EnumSet.of(Role.USER), null, "is no longer an administrator.");
    }

    public void disable() {
        change(null, true, "is disabled: every sign-in of the account has ended.");
    }

    public void enable() {
        change(null, false, "is enabled again.");
    }

    private void change(Set<Role> roles, Boolean disabled, String outcome) {
        UUID account = subjectId();
        if (account == null) {
            FormMessages.error("No such account.");
            return;
        }
        try {
            AccountView changed = accounts.update(caller.get().accountId(), account, roles, disabled);
            FormMessages.info(changed.email() + " " + outcome);
            AdminViews.redirect("/admin/users?id=" + changed.id());
        } catch (StateConflictException e) {
            FormMessages.error(e.getMessage());
        } catch (NotFoundException e) {
            FormMessages.error("No such account.");
        }
    }
}

package com.momentverse.account.view;

import com.momentverse.account.AccountAdminService;
import com.momentverse.account.AccountView;
import com.momentverse.account.Role;
import com.momentverse.admin.AuditTrail;
import com.momentverse.admin.view.AuditRow;
import com.momentverse.common.InvalidCursorException;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import com.momentverse.common.StateConflictException;
import com.momentverse.web.AdminViews;
import com.momentverse.web.FormMessages;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
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
public class UserAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;

    @EJB
    AccountAdminService accounts;

    @EJB
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    private String q;
    private String cursor;
    private String id;
    private List<UserRow> rows;
    private String nextCursor;
    private UserRow user;
    private boolean userRead;

    public List<UserRow> getRows() {
        read();
        return rows;
    }

    public String getNextCursor() {
        read();
        return nextCursor;
    }

    /** The account the page is about ({@code ?id=}), or null. */
    public UserRow getUser() {
        UUID account = AdminViews.id(id);
        if (!userRead && account != null) {
            userRead = true;
            try {
                user = new UserRow(accounts.find(account));
            } catch (NotFoundException e) {
                user = null;
            }
        }
        return user;
    }

    /** Whether the page shows one account (or says it found none with that id). */
    public boolean isDetail() {
        return id != null && !id.isBlank();
    }

    /** The account's audit trail, newest first. */
    public List<AuditRow> getAuditEntries() {
        return getUser() == null ? List.of() : AuditRow.of(audit.about("account:" + user.getId()));
    }

    /** Whether the page's account is the administrator looking at it (who cannot demote or disable themselves). */
    public boolean isSelf() {
        return getUser() != null && caller.get().is(user.getId());
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
        UUID account = AdminViews.id(id);
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

    private void read() {
        if (rows == null) {
            Slice<UserRow> found;
            try {
                found = accounts.list(q, new PageRequest(PAGE_SIZE, cursor == null || cursor.isBlank() ? null : cursor))
                        .map(UserRow::new);
            } catch (InvalidCursorException e) {
                found = accounts.list(q, PageRequest.first(PAGE_SIZE)).map(UserRow::new);
            }
            rows = found.items();
            nextCursor = found.nextCursor();
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

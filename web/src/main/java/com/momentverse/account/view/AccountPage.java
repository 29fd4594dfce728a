package com.momentverse.account.view;

import com.momentverse.web.FormMessages;
import com.momentverse.account.AccountService;
import com.momentverse.account.AccountView;
import com.momentverse.account.ProfileChange;
import com.momentverse.common.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.UUID;

/**
 * {@code /account}: one's profile, changes to it (each needs the current password), the data
 * download and the deletion of the account. Only for signed-in people (web.xml).
 */
@Named
@RequestScoped
public class AccountPage {

    @EJB
    AccountService accounts;

    @Inject
    SecurityContext security;

    private AccountView account;
    private String name;
    private String email;
    private String newPassword;
    private String currentPassword;
    private String deletePassword;

    @PostConstruct
    void load() {
        account = accounts.profile(me());
        name = account.name();
        email = account.email();
    }

    public void save() throws IOException {
        try {
            boolean passwordChanges = newPassword != null && !newPassword.isEmpty();
            account = accounts.updateProfile(me(), new ProfileChange(name, email,
                    passwordChanges ? newPassword : null, currentPassword));
            if (passwordChanges) {
                // A new password ends every sign-in, this one too: sign in again with it.
                signOutTo("/login?changed=password");
                return;
            }
            FormMessages.info(account.emailVerified() ? "Your profile was saved."
                    : "Your profile was saved. We sent a link to verify your new address.");
            FacesContext.getCurrentInstance().getExternalContext().redirect("account");
        } catch (InvalidInputException e) {
            FormMessages.fieldErrors("profile", e.getErrors());
        } finally {
            newPassword = null;
            currentPassword = null;
        }
    }

    public void delete() throws IOException {
        try {
            accounts.delete(me(), deletePassword);
            signOutTo("/?deleted=account");
        } catch (InvalidInputException e) {
            FormMessages.fieldErrors("delete", e.getErrors().stream()
                    .map(error -> new com.momentverse.common.FieldError("deletePassword", error.code(), error.message()))
                    .toList());
        } finally {
            deletePassword = null;
        }
    }

    /** Signs out and leaves; the target page says why from its query (the session, and flash, are gone). */
    private void signOutTo(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) external.getRequest()).logout();
        } catch (ServletException e) {
            throw new IOException(e);
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + path);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private UUID me() {
        return UUID.fromString(security.getCallerPrincipal().getName());
    }

    public boolean isEmailVerified() {
        return account.emailVerified();
    }

    public boolean isAdmin() {
        return account.isAdmin();
    }

    /** The creation date for people: e.g. "25 November 2026", UTC. */
    public String getMemberSince() {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.ENGLISH)
                .withZone(java.time.ZoneOffset.UTC).format(account.createdAt());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getDeletePassword() {
        return deletePassword;
    }

    public void setDeletePassword(String deletePassword) {
        this.deletePassword = deletePassword;
    }
}

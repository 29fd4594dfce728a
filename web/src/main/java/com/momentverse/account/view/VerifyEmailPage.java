package com.momentverse.account.view;

import com.momentverse.account.AccountService;
import com.momentverse.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * {@code /verify-email?token=…}: the link in the verification mail. Verifies on arrival: the
 * token only proves that its reader receives mail at that address.
 */
@Named
@RequestScoped
public class VerifyEmailPage {

    @EJB
    AccountService accounts;

    private String token;
    private Boolean verified;

    /** Runs as the page's view action. */
    public void verify() {
        if (token == null) {
            return;
        }
        try {
            accounts.verifyEmail(token);
            verified = true;
        } catch (InvalidInputException e) {
            verified = false;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** True when verified now, false when the link is bad, null when no link was given. */
    public Boolean getVerified() {
        return verified;
    }
}

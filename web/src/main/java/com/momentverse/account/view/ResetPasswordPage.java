package com.momentverse.account.view;

import com.momentverse.web.FormMessages;
import com.momentverse.account.AccountService;
import com.momentverse.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** {@code /reset-password?token=…}: sets a new password; every earlier sign-in ends. */
@Named
@RequestScoped
public class ResetPasswordPage {

    @EJB
    AccountService accounts;

    private String token;
    private String password;
    private boolean done;

    public void reset() {
        try {
            accounts.resetPassword(token, password);
            done = true;
        } catch (InvalidInputException e) {
            FormMessages.fieldErrors("reset", e.getErrors());
        } finally {
            password = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isDone() {
        return done;
    }
}

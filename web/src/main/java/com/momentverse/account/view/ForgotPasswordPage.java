package com.momentverse.account.view;

import com.momentverse.account.AccountService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** {@code /forgot-password}: asks for a reset link; answers the same for any address. */
@Named
@RequestScoped
public class ForgotPasswordPage {

    @EJB
    AccountService accounts;

    private String email;
    private boolean done;

    public void send() {
        accounts.requestPasswordReset(email);
        done = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isDone() {
        return done;
    }
}

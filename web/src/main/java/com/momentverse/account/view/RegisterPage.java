package com.momentverse.account.view;

import com.momentverse.web.FormMessages;
import com.momentverse.account.AccountService;
import com.momentverse.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** {@code /register}. */
@Named
@RequestScoped
public class RegisterPage {

    @EJB
    AccountService accounts;

    private String name;
    private String email;
    private String password;
    private boolean done;

    public void register() {
        try {
            accounts.register(name, email, password);
            done = true;
        } catch (InvalidInputException e) {
            FormMessages.fieldErrors("register", e.getErrors());
        } finally {
            password = null;
        }
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

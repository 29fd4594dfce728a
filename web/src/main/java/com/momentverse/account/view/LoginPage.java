package com.momentverse.account.view;

import com.momentverse.web.FormMessages;
import com.momentverse.account.SignInResult;
import com.momentverse.web.security.MomentVerseAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * {@code /login}: signs in through the application's authentication mechanism (the same
 * user store and lockout as API tokens), then continues to {@code next} if it is a path of
 * this site, else to the account page.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    private String email;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(email, password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return;
        }
        Object result = request.getAttribute(MomentVerseAuthenticationMechanism.SIGN_IN_RESULT);
        if (result instanceof SignInResult.Locked locked) {
            long minutes = Math.max(1, (locked.retryAfter().toSeconds() + 59) / 60);
            FormMessages.error("Too many failed sign-ins. Try again in " + minutes + " minute" + (minutes == 1 ? "" : "s") + ".");
        } else if (result instanceof SignInResult.Disabled) {
            FormMessages.error("This account has been disabled.");
        } else {
            FormMessages.error("The e-mail address or the password is not right.");
        }
    }

    /** Only a path on this site (not "//host", not a URL), so the page cannot send people elsewhere. */
    String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && !next.contains("\r") && !next.contains("\n")) {
            return next;
        }
        return "/account";
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

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

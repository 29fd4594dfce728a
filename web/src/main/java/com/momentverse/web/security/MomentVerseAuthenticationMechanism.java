package com.momentverse.web.security;

import com.momentverse.account.AccountService;
import com.momentverse.account.AccountView;
import com.momentverse.account.Role;
import com.momentverse.account.SignInResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one authentication mechanism of the application (see the package documentation):
 * bearer tokens for API clients, the page session for browsers, and the sign-in of the
 * login page, all checked against {@link AccountService}.
 */
@ApplicationScoped
public class MomentVerseAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute telling the login page why a sign-in failed (a {@link SignInResult}). */
    public static final String SIGN_IN_RESULT = "mv.signInResult";

    /** Request attribute set when a bearer token was sent but is not good. */
    public static final String INVALID_TOKEN = "mv.invalidToken";

    private static final String BEARER = "Bearer ";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @EJB
    AccountService accounts;

    @Inject
    AccessTokens tokens;

    @Inject
    ClientAddress clientAddress;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws jakarta.security.enterprise.AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential password) {
            return signIn(request, password, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return bearer(authorization.substring(BEARER.length()).strip(), request, context);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
            return context.doNothing(); // scripts and styles need no caller
        }
        Optional<AccountView> account = sessionAccount(request);
        if (account.isPresent()) {
            return notify(context, account.get());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + "/login?next="
                    + URLEncoder.encode(pathWithQuery(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SignedInSession.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, UsernamePasswordCredential credential,
            HttpMessageContext context) {
        SignInResult result = accounts.signIn(credential.getCaller(), credential.getPasswordAsString(),
                clientAddress.of(request));
        request.setAttribute(SIGN_IN_RESULT, result);
        if (!(result instanceof SignInResult.Success success)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        AccountView account = success.account();
        // A new session id at sign-in, so an id planted before it (session fixation) is worthless.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SignedInSession.ATTRIBUTE,
                new SignedInSession(account.id(), account.credentialsVersion()));
        return notify(context, account);
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpMessageContext context) {
        Optional<AccountView> account = tokens.verify(token)
                .flatMap(claims -> accounts.stillSignedIn(claims.accountId(), claims.credentialsVersion()));
        if (account.isEmpty()) {
            // Not genuine, expired, or revoked: the caller stays anonymous, so whatever needs a
            // signed-in caller answers 401 (with error="invalid_token", see AccessDenied).
            request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
            return context.doNothing();
        }
        return notify(context, account.get());
    }

    private Optional<AccountView> sessionAccount(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession signedIn)) {
            return Optional.empty();
        }
        Optional<AccountView> account = accounts.stillSignedIn(signedIn.accountId(), signedIn.credentialsVersion());
        if (account.isEmpty()) {
            session.invalidate(); // the password was reset or the account disabled: this sign-in is over
        }
        return account;
    }

    private static AuthenticationStatus notify(HttpMessageContext context, AccountView account) {
        Set<String> groups = account.roles().stream().map(Role::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(new AccountPrincipal(account.id()), groups);
    }

    private static String pathWithQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}

package com.momentverse.web.security;

import com.momentverse.account.Caller;
import com.momentverse.account.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.UUID;

/**
 * Who makes the current request, as the services need it: the signed-in account and whether it
 * is an administrator, or anonymous. The same for API calls (bearer token) and pages (session),
 * since both sign in through {@link MomentVerseAuthenticationMechanism}.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    public Caller get() {
        // Every account has USER; without it the caller is not signed in (Elytron then names the
        // principal "anonymous"). The container may hand back its own principal type; the name is
        // the account id either way.
        Principal principal = security.getCallerPrincipal();
        if (principal == null || !security.isCallerInRole(Role.USER.name())) {
            return Caller.ANONYMOUS;
        }
        return new Caller(UUID.fromString(principal.getName()), security.isCallerInRole(Role.ADMIN.name()));
    }
}

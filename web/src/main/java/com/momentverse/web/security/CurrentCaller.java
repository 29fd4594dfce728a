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
        // The container may hand back its own principal type; the name is the account id either way.
        // On a page open to everyone, nobody signed in can come as the container's own principal
        // named "anonymous" rather than null: a name that is not an account id is nobody.
        Principal principal = security.getCallerPrincipal();
        UUID accountId = principal == null ? null : accountId(principal.getName());
        if (accountId == null) {
            return Caller.ANONYMOUS;
        }
        return new Caller(accountId, security.isCallerInRole(Role.ADMIN.name()));
    }

    private static UUID accountId(String name) {
        try {
            return name == null ? null : UUID.fromString(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

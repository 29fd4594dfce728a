package com.momentverse.web.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/** The signed-in caller: the account's id is the principal's name (an e-mail can change). */
public record AccountPrincipal(UUID id) implements Principal, Serializable {

    @Override
    public String getName() {
        return id.toString();
    }
}

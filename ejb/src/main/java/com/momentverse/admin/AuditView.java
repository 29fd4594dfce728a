package com.momentverse.admin;

import java.io.Serializable;
import java.time.Instant;

/**
 * An audit entry as administrators read it.
 *
 * @param actorEmail the acting account's address, when the actor is an account that still exists; else null
 */
public record AuditView(Instant at, String actor, String actorEmail, String action, String subject, String detail)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}

package com.momentverse.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Writes the audit log, in the transaction of the change it records (MANDATORY), so an entry
 * exists exactly when the change does.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    /** The actor of what the payment provider reported. */
    public static final String STRIPE = "stripe";
    /** The actor of a sign-in that did not succeed: nobody is signed in. */
    public static final String ANONYMOUS = "anonymous";
    /** The actor of what the application did by itself (timers). */
    public static final String SYSTEM = "system";

    @Inject
    AuditRepository entries;

    Clock clock = Clock.systemUTC();

    /**
     * @param actor   an account id, {@value #STRIPE} or {@value #SYSTEM}
     * @param action  what happened, e.g. "order.paid"
     * @param subject what it happened to, e.g. "order:&lt;id&gt;"
     * @param detail  a short detail (never a password, token or other secret; no personal data beyond
     *                ids and, for sign-ins, the client address), or null
     */
    public void record(String actor, String action, String subject, String detail) {
        entries.add(new AuditEntry(clock.instant(), actor, action, subject, detail));
    }
}

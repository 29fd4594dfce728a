package com.momentverse.admin;

import java.time.Instant;

/**
 * Which audit entries to list; every part is optional (null: any).
 *
 * @param actor   who acted, exactly (an account id, "stripe", "system", "anonymous")
 * @param action  what happened, or the start of it ("account." finds every account event)
 * @param subject a text the subject contains ("order:…", an id or part of one)
 * @param from    entries at or after this instant
 * @param until   entries before this instant
 */
public record AuditFilter(String actor, String action, String subject, Instant from, Instant until) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}

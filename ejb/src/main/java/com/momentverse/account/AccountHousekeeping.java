package com.momentverse.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Forgets sign-in failures that no longer count towards a lockout. Idempotent, so running on
 * several nodes at once does no harm.
 */
@Singleton
public class AccountHousekeeping {

    @Inject
    LoginThrottle throttle;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void purge() {
        throttle.purge(Instant.now());
    }
}

package com.momentverse.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sign-in lockout (PRODUCT.md "Accounts"): after {@code mv.login.max-failures} failed
 * sign-ins for one address from one client within a sliding window of
 * {@code mv.login.window-minutes}, that pair is locked until the oldest of those failures
 * leaves the window; every attempt meanwhile, even with the right password, is refused.
 * Failures are rows in the database, so the lockout holds across nodes. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "mv.login.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "mv.login.window-minutes")
    int windowMinutes;

    /** How long the pair stays locked, or empty when it may try. */
    public Optional<Duration> lockedFor(String emailKey, String clientAddress, Instant now) {
        Duration window = Duration.ofMinutes(windowMinutes);
        List<Instant> failures = accounts.failuresSince(emailKey, clientAddress, now.minus(window));
        if (failures.size() < maxFailures) {
            return Optional.empty();
        }
        Instant unlocksAt = failures.get(failures.size() - maxFailures).plus(window);
        Duration left = Duration.between(now, unlocksAt);
        return Optional.of(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
    }

    public void recordFailure(String emailKey, String clientAddress, Instant now) {
        accounts.add(new LoginFailure(emailKey, clientAddress, now));
    }

    public void recordSuccess(String emailKey, String clientAddress) {
        accounts.clearFailures(emailKey, clientAddress);
    }

    /** Forgets failures that no longer count. */
    public int purge(Instant now) {
        return accounts.purgeFailuresBefore(now.minus(Duration.ofMinutes(windowMinutes)));
    }
}

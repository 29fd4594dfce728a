package com.momentverse.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The outbox's settings ({@code mv.mail.*}; defaults in the persistence module's
 * {@code META-INF/microprofile-config.properties}), checked once at start so that a wrong
 * value fails the deployment instead of the first mail.
 */
@ApplicationScoped
public class OutboxSettings {

    @Inject
    @ConfigProperty(name = "mv.mail.poll-seconds")
    long pollSeconds;

    @Inject
    @ConfigProperty(name = "mv.mail.retry-base-seconds")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "mv.mail.retry-max-seconds")
    long retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "mv.mail.max-attempts")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "mv.mail.claim-seconds")
    long claimSeconds;

    @PostConstruct
    void check() {
        backoff();
        if (pollSeconds < 1 || maxAttempts < 1 || claimSeconds < 1) {
            throw new IllegalStateException("mv.mail.poll-seconds, mv.mail.max-attempts and mv.mail.claim-seconds"
                    + " must be at least 1");
        }
    }

    /** How often each node looks for due mails. */
    public Duration pollInterval() {
        return Duration.ofSeconds(pollSeconds);
    }

    /** The delays between attempts at one mail. */
    public RetryBackoff backoff() {
        return new RetryBackoff(Duration.ofSeconds(retryBaseSeconds), Duration.ofSeconds(retryMaxSeconds));
    }

    /** The attempt after whose failure a mail is FAILED. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * How long a node holds a mail it is sending before another node may take it: longer than
     * one SMTP conversation can last (the mail session's connect, read and write timeouts).
     */
    public Duration claimLease() {
        return Duration.ofSeconds(claimSeconds);
    }
}

package com.momentverse.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * The steps that look an address up and act on what they find: create an account or tell
 * the owner someone tried, send a verification or reset link. Runs in the caller's
 * transaction (the request processing of {@link AccountRequests}, or the account service).
 */
@ApplicationScoped
public class AccountLifecycle {

    @Inject
    AccountRepository accounts;

    @Inject
    SecretTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    @ConfigProperty(name = "mv.account.verification-mails-per-hour")
    int verificationMailsPerHour;

    /** A new account with a verification link, or, for a taken address, a note to its owner. */
    void register(AccountRequest request, Instant now) {
        var existing = accounts.findByEmail(request.getEmail());
        if (existing.isPresent()) {
            mails.registrationAttempt(existing.get());
            return;
        }
        Account account = new Account(request.getName(), request.getEmail(), request.getPasswordHash(), now);
        accounts.add(account);
        sendVerification(account, now);
    }

    /** A new link for an unverified account; a few per hour at most. */
    void resendVerification(String email, Instant now) {
        accounts.findByEmail(email)
                .filter(account -> !account.isEmailVerified() && !account.isDisabled())
                .filter(account -> accounts.countTokensSince(account, TokenPurpose.VERIFY_EMAIL,
                        now.minus(Duration.ofHours(1))) < verificationMailsPerHour)
                .ifPresent(account -> sendVerification(account, now));
    }

    /** A reset link replacing any earlier one, if the address has an account. */
    void sendPasswordReset(String email, Instant now) {
        accounts.findByEmail(email).ifPresent(account -> {
            accounts.retireTokens(account, TokenPurpose.RESET_PASSWORD, now);
            String token = tokens.newToken();
            accounts.add(new AccountToken(account, TokenPurpose.RESET_PASSWORD, tokens.hash(token), now));
            mails.resetPassword(account, token);
        });
    }

    /** A verification link replacing any earlier one. */
    void sendVerification(Account account, Instant now) {
        accounts.retireTokens(account, TokenPurpose.VERIFY_EMAIL, now);
        String token = tokens.newToken();
        accounts.add(new AccountToken(account, TokenPurpose.VERIFY_EMAIL, tokens.hash(token), now));
        mails.verifyAddress(account, token);
    }
}

package com.momentverse.account;

import com.momentverse.mail.MailOutbox;
import com.momentverse.mail.MailTemplates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * The mails accounts send, queued in the outbox inside the caller's transaction: they go
 * out only if the change that causes them commits.
 */
@ApplicationScoped
public class AccountMails {

    @Inject
    MailTemplates templates;

    @Inject
    MailOutbox outbox;

    void verifyAddress(Account account, String token) {
        outbox.enqueue(templates.verifyEmail(account.getEmail(), account.getName(), token,
                TokenPurpose.VERIFY_EMAIL.validity()));
    }

    void resetPassword(Account account, String token) {
        outbox.enqueue(templates.resetPassword(account.getEmail(), account.getName(), token,
                TokenPurpose.RESET_PASSWORD.validity()));
    }

    void registrationAttempt(Account account) {
        outbox.enqueue(templates.registrationAttempt(account.getEmail(), account.getName()));
    }

    void passwordChanged(Account account) {
        outbox.enqueue(templates.passwordChanged(account.getEmail(), account.getName(), Instant.now()));
    }

    void emailChanged(String oldAddress, Account account) {
        outbox.enqueue(templates.emailChanged(oldAddress, account.getName(), account.getEmail(), Instant.now()));
    }
}

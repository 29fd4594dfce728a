package com.momentverse.mail;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A mail the outbox gave up on, as administrators see it (without its body). */
public record FailedMail(UUID id, MailKind kind, String recipient, String subject, int attempts, String lastError,
                         Instant createdAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    static FailedMail of(OutboxMail mail) {
        return new FailedMail(mail.getId(), mail.getKind(), mail.getRecipient(), mail.getSubject(), mail.getAttempts(),
                mail.getLastError(), mail.getCreatedAt());
    }
}

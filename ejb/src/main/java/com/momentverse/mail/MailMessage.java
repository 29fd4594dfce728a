package com.momentverse.mail;

import java.util.Objects;

/**
 * A mail ready to queue or send: what {@link MailTemplates} builds and {@link MailOutbox#enqueue}
 * takes. Both bodies are complete: the text for clients that show plain text, the HTML (with
 * every user-provided text escaped) for the others.
 *
 * @param kind      what the mail is about
 * @param recipient one address, e.g. {@code ada@example.com}
 * @param subject   the subject line, without line breaks
 * @param text      the plain-text body
 * @param html      the HTML body, a whole document
 * @param attachment a file sent with it, or null
 */
public record MailMessage(MailKind kind, String recipient, String subject, String text, String html,
                          MailAttachment attachment) {

    /** A mail without a file. */
    public MailMessage(MailKind kind, String recipient, String subject, String text, String html) {
        this(kind, recipient, subject, text, html, null);
    }

    /** The same mail with a file. */
    public MailMessage withAttachment(MailAttachment file) {
        return new MailMessage(kind, recipient, subject, text, html, file);
    }

    public MailMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /** The message an outbox row holds. */
    static MailMessage of(OutboxMail mail) {
        return new MailMessage(mail.getKind(), mail.getRecipient(), mail.getSubject(),
                mail.getBodyText(), mail.getBodyHtml(), mail.getAttachment().orElse(null));
    }
}

package com.momentverse.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One mail in the outbox, and the rules of its life: written PENDING in the transaction of
 * the change that causes it, claimed by one sender, then SENT, or PENDING again with a later
 * attempt time after a failure, or FAILED after the last allowed attempt. A failed mail is
 * kept, never deleted, and an administrator can send it again with {@link #retry(Instant)}.
 *
 * <p>The {@link Version} column is what lets every node run the sender: a node first claims
 * a mail ({@link #claim(Instant, Duration)}) in its own short transaction, and when two nodes
 * claim the same mail, only one commit passes the version check; the other gets an optimistic
 * lock failure and leaves the mail alone.
 *
 * <p>Times are {@link Instant}s in {@code TIMESTAMP WITH TIME ZONE} columns; every method
 * takes "now" from its caller so that the rules can be tested without a clock.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** RFC 5321 allows 64 + 1 + 255 characters for an address. */
    public static final int MAX_RECIPIENT_LENGTH = 320;
    public static final int MAX_SUBJECT_LENGTH = 500;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 40, nullable = false, updatable = false)
    private MailKind kind;

    @Column(name = "recipient", length = MAX_RECIPIENT_LENGTH, nullable = false, updatable = false)
    private String recipient;

    @Column(name = "subject", length = MAX_SUBJECT_LENGTH, nullable = false, updatable = false)
    private String subject;

    // VARCHAR without a limit (unbounded on PostgreSQL, H2's maximum): a body has no useful limit.
    @Column(name = "body_text", columnDefinition = "varchar", nullable = false, updatable = false)
    private String bodyText;

    @Column(name = "body_html", columnDefinition = "varchar", nullable = false, updatable = false)
    private String bodyHtml;

    @Column(name = "attachment_name", length = 200, updatable = false)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100, updatable = false)
    private String attachmentType;

    @Column(name = "attachment_content", updatable = false)
    private byte[] attachmentContent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ErrorSummary.MAX_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    /**
     * A new mail, due at once.
     *
     * @throws IllegalArgumentException when a part is missing, the recipient or subject is too
     *                                  long, or either holds a line break (which could add headers)
     */
    public static OutboxMail pending(MailKind kind, String recipient, String subject,
            String bodyText, String bodyHtml, Instant now) {
        OutboxMail mail = new OutboxMail();
        mail.id = UUID.randomUUID();
        mail.kind = Objects.requireNonNull(kind, "kind");
        mail.recipient = headerValue("recipient", recipient, MAX_RECIPIENT_LENGTH);
        mail.subject = headerValue("subject", subject, MAX_SUBJECT_LENGTH);
        mail.bodyText = Objects.requireNonNull(bodyText, "bodyText");
        mail.bodyHtml = Objects.requireNonNull(bodyHtml, "bodyHtml");
        mail.status = MailStatus.PENDING;
        mail.attempts = 0;
        mail.createdAt = Objects.requireNonNull(now, "now");
        mail.nextAttemptAt = now;
        return mail;
    }

    /** A new mail with a file, due at once. */
    public static OutboxMail pending(MailKind kind, String recipient, String subject,
            String bodyText, String bodyHtml, MailAttachment attachment, Instant now) {
        OutboxMail mail = pending(kind, recipient, subject, bodyText, bodyHtml, now);
        if (attachment != null) {
            mail.attachmentName = attachment.fileName();
            mail.attachmentType = attachment.contentType();
            mail.attachmentContent = attachment.content();
        }
        return mail;
    }

    /** The file sent with the mail, if any. */
    public java.util.Optional<MailAttachment> getAttachment() {
        return attachmentName == null ? java.util.Optional.empty()
                : java.util.Optional.of(new MailAttachment(attachmentName, attachmentType, attachmentContent));
    }

    /** Whether a sender may take this mail now: pending and its attempt time has come. */
    public boolean isDue(Instant now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /**
     * Takes the mail for one send attempt: moves its next attempt time {@code lease} ahead, so
     * that no other sender picks it up meanwhile. The change of the row (its version) is what
     * makes two concurrent claims conflict. If the claiming node dies before it records the
     * outcome, the mail is due again when the lease ends: it may then be sent twice, never lost.
     *
     * @throws IllegalStateException when the mail is not {@linkplain #isDue(Instant) due}
     */
    public void claim(Instant now, Duration lease) {
        if (!isDue(now)) {
            throw new IllegalStateException("Mail " + id + " is not due: " + status + " at " + nextAttemptAt);
        }
        nextAttemptAt = now.plus(lease);
    }

    /** The mail server accepted the mail: it counts as an attempt and the mail is done. */
    public void markSent(Instant now) {
        requirePending();
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
    }

    /**
     * An attempt to send this mail failed. The mail waits {@code backoff.delayAfter(attempts)}
     * for its next attempt, or becomes FAILED when that was attempt number {@code maxAttempts}.
     *
     * @param error what went wrong, see {@link ErrorSummary}; clipped and masked again here
     * @return the status after the failure: PENDING or FAILED
     */
    public MailStatus markAttemptFailed(Instant now, RetryBackoff backoff, int maxAttempts, String error) {
        requirePending();
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt must be allowed: " + maxAttempts);
        }
        attempts++;
        lastError = ErrorSummary.clip(error);
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backoff.delayAfter(attempts));
        }
        return status;
    }

    /**
     * The mail could not even be offered because the mail server could not be reached (or
     * refused our login). The mail is not at fault, so this does not count as an attempt:
     * it stays PENDING and is tried again after {@code delay}, however long the outage lasts.
     */
    public void postpone(Instant now, Duration delay, String error) {
        requirePending();
        lastError = ErrorSummary.clip(error);
        nextAttemptAt = now.plus(delay);
    }

    /**
     * For administrators: sends a FAILED mail again, with a fresh set of attempts, from now.
     * The last error stays for reference until the next attempt replaces it.
     *
     * @throws IllegalStateException when the mail has not failed
     */
    public void retry(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("Only a failed mail can be retried; mail " + id + " is " + status);
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requirePending() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not PENDING");
        }
    }

    private static String headerValue(String name, String value, int maxLength) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException("The " + name + " is blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("The " + name + " is longer than " + maxLength + " characters");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("The " + name + " contains a line break");
        }
        return value;
    }

    public UUID getId() {
        return id;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public MailStatus getStatus() {
        return status;
    }

    /** Attempts made so far, the successful one included; a postponed try is not one. */
    public int getAttempts() {
        return attempts;
    }

    /** When a sender may next take the mail (meaningful while PENDING). */
    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /** The summary of the last failure, or null; see {@link ErrorSummary}. */
    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When the mail server accepted the mail, or null. */
    public Instant getSentAt() {
        return sentAt;
    }

    /** The optimistic-lock version: a sender records an outcome only on the version it claimed. */
    public long getVersion() {
        return version;
    }
}

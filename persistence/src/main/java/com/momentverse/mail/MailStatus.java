package com.momentverse.mail;

/** Where an outbox mail stands. Stored by name; a check constraint keeps the column to these. */
public enum MailStatus {
    /** Waiting to be sent at its next attempt time (also between retries). */
    PENDING,
    /** Handed to the mail server: done. */
    SENT,
    /** Gave up after the last allowed attempt; kept for an administrator to look at or retry. */
    FAILED
}

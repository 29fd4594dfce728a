package com.momentverse.mail;

import java.util.UUID;

/**
 * A mail this node has claimed for one send attempt, detached from any transaction.
 *
 * @param id      the outbox row
 * @param version the row's version after the claim: the outcome is recorded only if it is unchanged
 * @param message what to send
 */
public record ClaimedMail(UUID id, long version, MailMessage message) {
}

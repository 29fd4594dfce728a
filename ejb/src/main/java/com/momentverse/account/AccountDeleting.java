package com.momentverse.account;

import java.util.UUID;

/**
 * An account is about to be deleted, in the deleting transaction: observers let go of what
 * refers to it (pending orders are cancelled, moments and orders stay without their owner).
 */
public record AccountDeleting(UUID accountId) {
}

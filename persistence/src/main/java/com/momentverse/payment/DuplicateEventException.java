package com.momentverse.payment;

import jakarta.ejb.ApplicationException;

/** The event was recorded before (a redelivery, or a copy racing on another thread): nothing to do. */
@ApplicationException(rollback = true)
public class DuplicateEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateEventException(String eventId) {
        super("event already recorded: " + eventId);
    }
}

package com.momentverse.common;

import jakarta.ejb.ApplicationException;

/**
 * A request that the current state forbids (an administrator demoting themselves, editing
 * what is already certified): 409 {@code conflict}. The message is safe to show.
 */
@ApplicationException(rollback = true)
public class StateConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StateConflictException(String safeMessage) {
        super(safeMessage);
    }
}

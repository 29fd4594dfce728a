package com.momentverse.common;

import jakarta.ejb.ApplicationException;

/**
 * A cursor that this application did not issue, or that was altered. An application
 * exception: it reaches the caller as itself (a 400), not wrapped as a system error.
 */
@ApplicationException
public class InvalidCursorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCursorException() {
        super("invalid cursor");
    }
}

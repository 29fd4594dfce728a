package com.momentverse.common;

import jakarta.ejb.ApplicationException;

/** Nothing there, or nothing the caller may see (the two look the same): 404 {@code not-found}. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("not found");
    }
}

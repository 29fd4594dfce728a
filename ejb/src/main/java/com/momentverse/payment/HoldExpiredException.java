package com.momentverse.payment;

import jakarta.ejb.ApplicationException;

/** The order's hold ran out before it was paid: 409 {@code hold-expired}; the customer claims again. */
@ApplicationException(rollback = true)
public class HoldExpiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HoldExpiredException() {
        super("hold expired");
    }
}

package com.momentverse.payment;

import jakarta.ejb.ApplicationException;

/**
 * A payment arrived after the order's hold ran out and cannot be accepted: someone else holds the
 * span or the star now, or the customer deleted their account meanwhile. The payment must be
 * given back; nothing was changed.
 */
@ApplicationException(rollback = true)
public class LatePaymentRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LatePaymentRefusedException(String reason) {
        super("late payment refused: " + reason);
    }
}

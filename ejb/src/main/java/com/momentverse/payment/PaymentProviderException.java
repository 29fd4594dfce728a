package com.momentverse.payment;

import jakarta.ejb.ApplicationException;

/**
 * The payment provider could not be reached or refused a request: 502 {@code payment-provider}.
 * The message is for the log (the provider's error type and code, never a secret); clients get
 * a fixed text.
 */
@ApplicationException(rollback = true)
public class PaymentProviderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentProviderException(String logMessage, Throwable cause) {
        super(logMessage, cause);
    }
}

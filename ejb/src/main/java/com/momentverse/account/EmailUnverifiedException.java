package com.momentverse.account;

import jakarta.ejb.ApplicationException;

/** Checkout needs a verified e-mail address (PRODUCT.md, "Accounts"): 403 {@code email-unverified}. */
@ApplicationException(rollback = true)
public class EmailUnverifiedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailUnverifiedException() {
        super("e-mail address not verified");
    }
}

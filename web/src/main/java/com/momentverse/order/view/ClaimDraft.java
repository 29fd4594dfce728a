package com.momentverse.order.view;

import jakarta.enterprise.context.SessionScoped;

import java.io.Serializable;

/**
 * Keeps what a person typed on the claim page while they sign in: the claim page leaves it here
 * when an anonymous person asks for checkout, and takes it back when they return. Signing in
 * changes the session id but keeps the session, so the draft survives it.
 */
@SessionScoped
public class ClaimDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private ClaimForm form;

    void keep(ClaimForm typed) {
        this.form = typed;
    }

    /** The kept form, once; null when there is none. */
    ClaimForm take() {
        ClaimForm kept = form;
        form = null;
        return kept;
    }
}

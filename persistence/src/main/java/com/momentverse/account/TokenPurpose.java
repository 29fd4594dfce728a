package com.momentverse.account;

import java.time.Duration;

/** What a single-use token proves, and how long it is valid (PRODUCT.md: 24 h and 30 min). */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(24)),
    RESET_PASSWORD(Duration.ofMinutes(30));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}

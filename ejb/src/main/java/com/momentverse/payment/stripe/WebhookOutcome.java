package com.momentverse.payment.stripe;

/** What became of a webhook delivery that passed the signature check. */
public enum WebhookOutcome {
    /** Acted on (the order may or may not have changed: an event that no longer applies changes nothing). */
    PROCESSED,
    /** Seen before: nothing done again. */
    DUPLICATE,
    /** A kind of event, or an order, this application does not act on. */
    IGNORED
}

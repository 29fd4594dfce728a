package com.momentverse.order;

/**
 * What an order line is for. The names are part of the HTTP contract (API.md, "Codes of order
 * lines") and are stored as text in {@code line_code}: renaming one breaks clients and old orders.
 */
public enum LineCode {

    /** The moment itself, which covers its first minute. */
    MOMENT,

    /** Each further started minute after the first. */
    EXTRA_MINUTES,

    /** Pairing the moment with a star, bought without the premium certificate. */
    STAR,

    /** The premium certificate, bought without a star. */
    PREMIUM_CERTIFICATE,

    /** Star pairing and premium certificate together, for less than the two apart. */
    PREMIUM_BUNDLE
}

package com.momentverse.certificate;

/** Whether a certificate still vouches for its moment (PRODUCT.md, "Certificates"). */
public enum CertificateStatus {
    /** The moment is the owner's, as the certificate says. */
    VALID,
    /** The order was refunded: the moment is no longer the owner's. */
    REVOKED,
    /** A newer certificate replaces this one (see {@code supersededBy}); this number stays verifiable. */
    SUPERSEDED
}

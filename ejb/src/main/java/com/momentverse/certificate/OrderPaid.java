package com.momentverse.certificate;

import java.util.UUID;

/**
 * An order was paid, in the transaction that records it: certificate issuance observes it after
 * that transaction commits ({@link CertificateIssuance}).
 */
public record OrderPaid(UUID orderId) {
}

package com.momentverse.certificate;

/**
 * The answer to "is this file the certificate?": whether its SHA-256 is the one recorded, and the
 * certificate's status.
 */
public record FileCheck(boolean matches, CertificateStatus status) {
}

package com.momentverse.certificate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.UUID;

/** The catch-up's read, in a short transaction of its own. */
@Stateless
public class CertificateRepositoryReader {

    @Inject
    CertificateRepository certificates;

    public List<UUID> paidWithoutCertificate(int limit) {
        return certificates.paidWithoutCertificate(limit);
    }
}

package com.momentverse.certificate;

import com.momentverse.account.Account;
import com.momentverse.account.AccountRepository;
import com.momentverse.account.Caller;
import com.momentverse.common.NotFoundException;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentAccess;
import com.momentverse.moment.MomentView;
import com.momentverse.moment.Visibility;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.security.MessageDigest;

/**
 * Certificates as people use them: anyone with a number learns whether it is genuine and what it
 * certifies (of a private moment only that it is valid and private); the PDF goes to whoever may
 * see the moment ({@link MomentAccess}); any file can be checked against the recorded SHA-256.
 */
@Stateless
@PermitAll // open to anyone but regenerate (WildFly denies a method without a permission once any method has one)
public class CertificateService {

    @Inject
    CertificateRepository certificates;

    @Inject
    AccountRepository accounts;

    @EJB
    CertificateIssuer issuer;

    /**
     * @throws NotFoundException when no certificate has this number
     */
    public CertificateView find(CertificateNumber number) {
        Certificate certificate = certificates.find(number).orElseThrow(NotFoundException::new);
        Moment moment = certificate.getMoment();
        MomentView summary = moment.visibilityToOthers() == Visibility.PRIVATE ? null : MomentView.of(moment, ownerName(moment), false);
        return new CertificateView(certificate.getNumber().value(), certificate.getStatus(), certificate.getIssuedAt(),
                certificate.getSha256(), certificate.isPremium(),
                certificate.getSupersededBy().map(CertificateNumber::value).orElse(null), summary);
    }

    /**
     * The PDF exactly as issued.
     *
     * @throws NotFoundException when there is no such certificate or the caller may not see its moment
     */
    public byte[] pdf(Caller caller, CertificateNumber number) {
        Certificate certificate = certificates.find(number)
                .filter(c -> MomentAccess.canSee(caller, c.getMoment()))
                .orElseThrow(NotFoundException::new);
        return certificates.pdf(certificate.getNumber()).orElseThrow(NotFoundException::new);
    }

    /**
     * Whether the file is this certificate, byte for byte (by its SHA-256).
     *
     * @throws NotFoundException when no certificate has this number
     */
    public FileCheck check(CertificateNumber number, byte[] file) {
        Certificate certificate = certificates.find(number).orElseThrow(NotFoundException::new);
        boolean matches = MessageDigest.isEqual(CertificateIssuer.sha256(file).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                certificate.getSha256().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return new FileCheck(matches, certificate.getStatus());
    }

    /** An administrator replaces a certificate with a new one (a new number). */
    @RolesAllowed("ADMIN")
    public CertificateView regenerate(Caller admin, CertificateNumber number) {
        return find(issuer.regenerate(number, admin.accountId().toString()));
    }

    private String ownerName(Moment moment) {
        return moment.getOwnerId() == null ? null : accounts.find(moment.getOwnerId()).map(Account::getName).orElse(null);
    }
}

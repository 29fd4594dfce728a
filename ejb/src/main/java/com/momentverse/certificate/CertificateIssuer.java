package com.momentverse.certificate;

import com.momentverse.account.Account;
import com.momentverse.account.AccountRepository;
import com.momentverse.admin.AuditLog;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import com.momentverse.mail.MailAttachment;
import com.momentverse.mail.MailOutbox;
import com.momentverse.mail.MailTemplates;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentView;
import com.momentverse.order.CustomerOrder;
import com.momentverse.order.OrderRepository;
import com.momentverse.order.OrderStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and regenerates certificates, each in a transaction of its own under the order's row
 * lock: the PDF is rendered once, stored with its SHA-256, the moment points to it, the customer is
 * mailed. A paid order gets one VALID certificate however often issuance is asked for (after the
 * payment, and by the catch-up timer), and the database refuses a second. Counted as
 * {@code mv_certificates_issued_total}, rendering timed as {@code mv_certificate_render_seconds}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CertificateIssuer {

    @Inject
    OrderRepository orders;

    @Inject
    CertificateRepository certificates;

    @Inject
    AccountRepository accounts;

    @Inject
    CertificateRendering rendering;

    @Inject
    MailTemplates templates;

    @EJB
    MailOutbox outbox;

    @EJB
    AuditLog audit;

    @Inject
    MeterRegistry meters;

    Clock clock = Clock.systemUTC();

    private Timer renderTimer;

    @PostConstruct
    void registerMeters() {
        renderTimer = meters.timer("mv.certificate.render", List.of());
    }

    /**
     * Issues the certificate of a paid order that has none yet.
     *
     * @return the new certificate's number, or empty when the order is not paid or already has one
     */
    public Optional<CertificateNumber> issue(UUID orderId) {
        CustomerOrder order = orders.findForUpdate(orderId).orElseThrow(NotFoundException::new);
        if (order.getStatus() != OrderStatus.PAID || certificates.validOf(orderId).isPresent()) {
            return Optional.empty();
        }
        Certificate certificate = render(order);
        mailReady(order, certificate, certificates.pdf(certificate.getNumber()).orElseThrow());
        audit.record(AuditLog.SYSTEM, "certificate.issued", "order:" + orderId, certificate.getNumber().value());
        meters.counter("mv.certificates.issued").increment();
        return Optional.of(certificate.getNumber());
    }

    /**
     * Replaces a VALID certificate with a new one (a new number); the old one stays verifiable,
     * SUPERSEDED, pointing to the new one.
     *
     * @throws NotFoundException      when there is no such certificate
     * @throws StateConflictException when it is not VALID (revoked or already superseded)
     */
    public CertificateNumber regenerate(CertificateNumber number, String actor) {
        Certificate old = certificates.findForUpdate(number).orElseThrow(NotFoundException::new);
        if (old.getStatus() != CertificateStatus.VALID) {
            throw new StateConflictException("Only a valid certificate can be regenerated; this one is "
                    + old.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        CustomerOrder order = orders.findForUpdate(old.getOrderId()).orElseThrow(NotFoundException::new);
        CertificateNumber next = CertificateNumber.random();
        old.supersedeBy(next);
        // The old one stops being VALID before the new one is written: one VALID per order, always.
        certificates.flush();
        Certificate certificate = render(order, next);
        audit.record(actor, "certificate.regenerated", "order:" + order.getId(), number + " -> " + next);
        meters.counter("mv.certificates.issued").increment();
        return certificate.getNumber();
    }

    /** The order was refunded: its VALID certificate is revoked (in the caller's transaction). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void revokeFor(UUID orderId) {
        certificates.validOf(orderId).ifPresent(certificate -> certificate.revoke(clock.instant()));
    }

    private Certificate render(CustomerOrder order) {
        return render(order, CertificateNumber.random());
    }

    private Certificate render(CustomerOrder order, CertificateNumber number) {
        Moment moment = order.getMoment();
        Instant now = clock.instant();
        String ownerName = moment.getOwnerId() == null ? MomentView.ANONYMOUS
                : accounts.find(moment.getOwnerId()).map(Account::getName).orElse(MomentView.ANONYMOUS);
        long started = System.nanoTime();
        byte[] pdf = rendering.render(moment, ownerName, number, now);
        renderTimer.record(java.time.Duration.ofNanos(System.nanoTime() - started));
        Certificate certificate = new Certificate(number, moment, order.getId(), moment.isPremiumCertificate(), now,
                sha256(pdf));
        certificates.add(certificate, new CertificatePdf(number, pdf));
        moment.certifiedBy(number.value());
        return certificate;
    }

    /** The certificate-ready mail, with the PDF attached as issued. */
    private void mailReady(CustomerOrder order, Certificate certificate, byte[] pdf) {
        if (order.getAccountId() == null) {
            return;
        }
        String number = certificate.getNumber().value();
        accounts.find(order.getAccountId()).ifPresent(account -> outbox.enqueue(templates.certificateReady(
                account.getEmail(), account.getName(), order.getMoment().getTitle(), number,
                rendering.verificationUrl(certificate.getNumber()))
                .withAttachment(new MailAttachment("momentverse-" + number + ".pdf", "application/pdf", pdf))));
    }

    /** Lower-case hex SHA-256, as stored and as {@code verify-file} compares it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

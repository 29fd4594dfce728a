package com.momentverse.certificate;

import com.momentverse.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores certificates and their PDFs, and finds the paid orders that still lack one. */
@ApplicationScoped
public class CertificateRepository {

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    public void add(Certificate certificate, CertificatePdf pdf) {
        em.persist(certificate);
        em.persist(pdf);
    }

    /** Writes pending changes now (a superseded certificate before its successor is inserted). */
    public void flush() {
        em.flush();
    }

    public Optional<Certificate> find(CertificateNumber number) {
        return Optional.ofNullable(em.find(Certificate.class, number.value()));
    }

    public Optional<Certificate> findForUpdate(CertificateNumber number) {
        return Optional.ofNullable(em.find(Certificate.class, number.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<byte[]> pdf(CertificateNumber number) {
        return Optional.ofNullable(em.find(CertificatePdf.class, number.value())).map(CertificatePdf::getContent);
    }

    /** The order's VALID certificate, if it has one. */
    public Optional<Certificate> validOf(UUID orderId) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.orderId = :order AND c.status = :valid", Certificate.class)
                .setParameter("order", orderId)
                .setParameter("valid", CertificateStatus.VALID)
                .getResultStream().findFirst();
    }

    /** Up to {@code limit} paid orders without a VALID certificate, oldest payment first. */
    public List<UUID> paidWithoutCertificate(int limit) {
        return em.createQuery("SELECT o.id FROM CustomerOrder o WHERE o.status = :paid AND NOT EXISTS"
                        + " (SELECT c FROM Certificate c WHERE c.orderId = o.id AND c.status = :valid)"
                        + " ORDER BY o.paidAt", UUID.class)
                .setParameter("paid", OrderStatus.PAID)
                .setParameter("valid", CertificateStatus.VALID)
                .setMaxResults(limit)
                .getResultList();
    }
}

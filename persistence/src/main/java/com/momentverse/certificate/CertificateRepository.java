package com.momentverse.certificate;

import com.momentverse.common.RowLocks;
import com.momentverse.order.OrderStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

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

    /** The certificate, its row locked until the transaction ends (locked first, read after: {@link RowLocks}). */
    public Optional<Certificate> findForUpdate(CertificateNumber number) {
        return RowLocks.lockThenRead(em, Certificate.class, "SELECT number FROM certificate WHERE number = ?1 FOR UPDATE",
                number.value());
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

    /** How many certificates the bulk regeneration of this scope has still to replace. */
    public long countToRegenerate(RegenerationScope scope) {
        return inScope("SELECT count(c) FROM Certificate c", "", scope, Long.class).getSingleResult();
    }

    /**
     * The next {@code limit} certificates in the scope, by number, after {@code after} (the last one
     * done; empty to start): a cursor that survives restarts, since what is done leaves the scope.
     */
    public List<CertificateNumber> toRegenerate(RegenerationScope scope, String after, int limit) {
        return inScope("SELECT c.number FROM Certificate c", " AND c.number > :after ORDER BY c.number", scope, String.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultStream().map(CertificateNumber::new).toList();
    }

    private <T> TypedQuery<T> inScope(String select, String rest, RegenerationScope scope, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE c.status = :valid AND c.issuedAt < :before");
        if (scope.issuedFrom() != null) {
            jpql.append(" AND c.issuedAt >= :from");
        }
        if (scope.premium() != null) {
            jpql.append(" AND c.premium = :premium");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(rest).toString(), type)
                .setParameter("valid", CertificateStatus.VALID)
                .setParameter("before", scope.issuedBefore());
        if (scope.issuedFrom() != null) {
            query.setParameter("from", scope.issuedFrom());
        }
        if (scope.premium() != null) {
            query.setParameter("premium", scope.premium());
        }
        return query;
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

package com.momentverse.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores and reads the outbox. The sender's query ({@link #due}) is served by the
 * {@code mail_outbox_due} index on (status, next_attempt_at).
 */
@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    /** Adds a new mail to the outbox, in the caller's transaction. */
    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    /**
     * Writes this transaction's changes now, so that a version conflict (another node changed
     * the mail) surfaces here as an {@link jakarta.persistence.OptimisticLockException}, where
     * the caller can handle it, rather than at commit.
     */
    public void flush() {
        em.flush();
    }

    public Optional<OutboxMail> find(UUID id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    /**
     * Up to {@code limit} pending mails whose attempt time has come, the longest-waiting first
     * (ties by id, so the order is stable).
     */
    public List<OutboxMail> due(Instant now, int limit) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.status = :status AND m.nextAttemptAt <= :now"
                        + " ORDER BY m.nextAttemptAt, m.id", OutboxMail.class)
                .setParameter("status", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** A page of failed mails, the most recent first, for administrators. */
    public List<OutboxMail> failed(int offset, int limit) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.status = :status"
                        + " ORDER BY m.createdAt DESC, m.id", OutboxMail.class)
                .setParameter("status", MailStatus.FAILED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** How many mails are in a status: PENDING is the backlog, FAILED what needs an administrator. */
    public long count(MailStatus status) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.status = :status", Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** When the oldest mail still waiting to be sent was queued, if any waits: how far behind mail is. */
    public Optional<Instant> oldestPending() {
        return Optional.ofNullable(em.createQuery("SELECT min(m.createdAt) FROM OutboxMail m WHERE m.status = :pending", Instant.class)
                .setParameter("pending", MailStatus.PENDING)
                .getSingleResult());
    }

    /** How many mails are in each status, in one grouped query; a status without mails is missing. */
    public Map<MailStatus, Long> countByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        em.createQuery("SELECT m.status, COUNT(m) FROM OutboxMail m GROUP BY m.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((MailStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** The ids of up to {@code limit} failed mails, the most recent first. */
    public List<UUID> failedIds(int limit) {
        return em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.status = :status ORDER BY m.createdAt DESC, m.id",
                        UUID.class)
                .setParameter("status", MailStatus.FAILED)
                .setMaxResults(limit)
                .getResultList();
    }
}

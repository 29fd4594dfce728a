package com.momentverse.admin;

import com.momentverse.common.LikePatterns;
import com.momentverse.common.NewestFirst;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Appends to the audit log and reads it back. There is no way to change or remove an entry
 * here, on purpose: the log is append-only (see {@link AuditEntry}).
 */
@ApplicationScoped
public class AuditRepository {

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    /** The entries about one thing ("order:&lt;id&gt;"), oldest first. */
    public List<AuditEntry> about(String subject) {
        return em.createQuery("SELECT a FROM AuditEntry a WHERE a.subject = :subject ORDER BY a.at", AuditEntry.class)
                .setParameter("subject", subject)
                .getResultList();
    }

    /** Up to {@code limit} entries that match, newest first, after a position in that order. */
    public List<AuditEntry> search(AuditFilter filter, NewestFirst after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.actor() != null) {
            jpql.append(" AND a.actor = :actor");
            parameters.put("actor", filter.actor());
        }
        if (filter.action() != null) {
            jpql.append(" AND a.action LIKE :action ESCAPE '!'");
            parameters.put("action", LikePatterns.startsWith(filter.action()));
        }
        if (filter.subject() != null) {
            jpql.append(" AND a.subject LIKE :subject ESCAPE '!'");
            parameters.put("subject", LikePatterns.contains(filter.subject()));
        }
        if (filter.from() != null) {
            jpql.append(" AND a.at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            jpql.append(" AND a.at < :until");
            parameters.put("until", filter.until());
        }
        if (after != null) {
            jpql.append(" AND (a.at < :at OR (a.at = :at AND a.id < :id))");
            parameters.put("at", after.createdAt());
            parameters.put("id", after.id());
        }
        jpql.append(" ORDER BY a.at DESC, a.id DESC");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class).setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }
}

package com.momentverse.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Appends to the audit log and reads it back. */
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
}

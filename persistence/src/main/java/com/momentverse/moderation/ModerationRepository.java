package com.momentverse.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reports and moderation actions. */
@ApplicationScoped
public class ModerationRepository {

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    public void add(MomentReport report) {
        em.persist(report);
    }

    public void add(ModerationAction action) {
        em.persist(action);
    }

    /** The open reports, oldest first: the moderation queue. */
    public List<MomentReport> openReports(int limit) {
        return em.createQuery("SELECT r FROM MomentReport r WHERE r.resolvedAt IS NULL ORDER BY r.reportedAt", MomentReport.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The moment's open reports. */
    public List<MomentReport> openReportsOf(UUID momentId) {
        return em.createQuery("SELECT r FROM MomentReport r WHERE r.momentId = :moment AND r.resolvedAt IS NULL",
                        MomentReport.class)
                .setParameter("moment", momentId)
                .getResultList();
    }

    /** Why the moment was last hidden. */
    public Optional<ModerationAction> lastHide(UUID momentId) {
        return em.createQuery("SELECT a FROM ModerationAction a WHERE a.momentId = :moment AND a.action = :hide ORDER BY a.at DESC",
                        ModerationAction.class)
                .setParameter("moment", momentId)
                .setParameter("hide", ModerationAction.Kind.HIDE)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The moments hidden now (by their latest action), newest first. */
    public List<ModerationAction> currentlyHidden(int limit) {
        return em.createQuery("SELECT a FROM ModerationAction a, Moment m WHERE m.id = a.momentId AND m.hidden = true"
                        + " AND a.action = :hide AND a.at = (SELECT max(b.at) FROM ModerationAction b WHERE b.momentId = a.momentId)"
                        + " ORDER BY a.at DESC", ModerationAction.class)
                .setParameter("hide", ModerationAction.Kind.HIDE)
                .setMaxResults(limit)
                .getResultList();
    }
}

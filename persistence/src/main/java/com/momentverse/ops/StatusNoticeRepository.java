package com.momentverse.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores status notices and finds those shown now. */
@ApplicationScoped
public class StatusNoticeRepository {

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    public void add(StatusNotice notice) {
        em.persist(notice);
    }

    public Optional<StatusNotice> find(UUID id) {
        return Optional.ofNullable(em.find(StatusNotice.class, id));
    }

    /** The notices shown at {@code now} ({@link StatusNotice#isShownAt}), soonest first. */
    public List<StatusNotice> shownAt(Instant now) {
        return em.createQuery("SELECT n FROM StatusNotice n WHERE n.endedAt IS NULL AND (n.endsAt IS NULL OR n.endsAt > :now)"
                        + " ORDER BY n.startsAt, n.publishedAt", StatusNotice.class)
                .setParameter("now", now)
                .getResultList();
    }

    /** The latest notices, shown or not, newest first: the administrators' list. */
    public List<StatusNotice> latest(int limit) {
        return em.createQuery("SELECT n FROM StatusNotice n ORDER BY n.publishedAt DESC", StatusNotice.class)
                .setMaxResults(limit)
                .getResultList();
    }
}

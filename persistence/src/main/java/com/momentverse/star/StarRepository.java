package com.momentverse.star;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the star catalogue. Every search is brightest first (magnitude, then HIP number),
 * which the {@code star_brightness} index serves; text matches the precomputed search key.
 * "Available" means not paired with an active (held or confirmed) moment.
 */
@ApplicationScoped
public class StarRepository {

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    public Optional<Star> find(int hip) {
        return Optional.ofNullable(em.find(Star.class, hip));
    }

    /** Up to {@code limit} stars that match, after {@code after} (null: from the brightest). */
    public List<Star> search(StarQuery query, StarPosition after, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Star> cq = cb.createQuery(Star.class);
        Root<Star> star = cq.from(Star.class);
        List<Predicate> where = matching(cb, cq, star, query);
        if (after != null) {
            where.add(cb.or(
                    cb.greaterThan(star.get("magnitude"), after.magnitude()),
                    cb.and(cb.equal(star.get("magnitude"), after.magnitude()),
                            cb.greaterThan(star.get("hip"), after.hip()))));
        }
        cq.where(where.toArray(Predicate[]::new))
                .orderBy(cb.asc(star.get("magnitude")), cb.asc(star.get("hip")));
        return em.createQuery(cq).setMaxResults(limit).getResultList();
    }

    /** A page by offset, for pages whose table pages by number. */
    public List<Star> searchPage(StarQuery query, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Star> cq = cb.createQuery(Star.class);
        Root<Star> star = cq.from(Star.class);
        cq.where(matching(cb, cq, star, query).toArray(Predicate[]::new))
                .orderBy(cb.asc(star.get("magnitude")), cb.asc(star.get("hip")));
        return em.createQuery(cq).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(StarQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<Star> star = cq.from(Star.class);
        cq.select(cb.count(star)).where(matching(cb, cq, star, query).toArray(Predicate[]::new));
        return em.createQuery(cq).getSingleResult();
    }

    private static List<Predicate> matching(CriteriaBuilder cb, CriteriaQuery<?> cq, Root<Star> star, StarQuery query) {
        List<Predicate> where = new ArrayList<>();
        Integer hip = query.hip();
        String text = query.normalizedText();
        if (hip != null) {
            where.add(cb.equal(star.get("hip"), hip));
        } else if (!text.isEmpty()) {
            where.add(cb.like(star.get("searchKey"), "%" + text + "%"));
        }
        if (query.constellation() != null && !query.constellation().isBlank()) {
            where.add(cb.equal(star.get("constellation"), query.constellation().strip()));
        }
        if (query.maxMagnitude() != null) {
            where.add(cb.lessThanOrEqualTo(star.get("magnitude"), query.maxMagnitude()));
        }
        if (query.availableOnly()) {
            // Not paired with an active moment: the rule the moment_star_active_uk index enforces.
            Subquery<Integer> paired = cq.subquery(Integer.class);
            Root<Moment> moment = paired.from(Moment.class);
            paired.select(cb.literal(1)).where(
                    cb.equal(moment.get("star").get("hip"), star.get("hip")),
                    moment.get("status").in(MomentStatus.ACTIVE));
            where.add(cb.not(cb.exists(paired)));
        }
        return where;
    }
}

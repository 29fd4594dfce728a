package com.momentverse.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Likes and shares of moments, counted exactly by the database.
 *
 * <p>A like is a row of {@code moment_like}, whose primary key (moment, account) makes a second like
 * of the same person impossible whatever the concurrency; {@code moment.like_count} moves by one in
 * the same transaction, and only when a row was really added or removed, with an
 * {@code UPDATE ... SET like_count = like_count + 1} that the database serialises on the moment's
 * row. So 50 people liking at once leave exactly 50, and a double click leaves one.
 */
@ApplicationScoped
public class CommunityRepository {

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    /** Records the account's like of the moment; false when it was liked already (nothing changes). */
    public boolean like(UUID momentId, UUID accountId, Instant now) {
        int added = em.createNativeQuery("INSERT INTO moment_like (moment_id, account_id, created_at)"
                        + " VALUES (:moment, :account, :now) ON CONFLICT DO NOTHING")
                .setParameter("moment", momentId)
                .setParameter("account", accountId)
                .setParameter("now", now)
                .setHint(TimelineRepository.NATIVE_SPACES, "moment_like")
                .executeUpdate();
        if (added == 1) {
            count(momentId, "+ 1");
        }
        return added == 1;
    }

    /** Takes the account's like of the moment back; false when there was none (nothing changes). */
    public boolean unlike(UUID momentId, UUID accountId) {
        int removed = em.createNativeQuery("DELETE FROM moment_like WHERE moment_id = :moment AND account_id = :account")
                .setParameter("moment", momentId)
                .setParameter("account", accountId)
                .setHint(TimelineRepository.NATIVE_SPACES, "moment_like")
                .executeUpdate();
        if (removed == 1) {
            count(momentId, "- 1");
        }
        return removed == 1;
    }

    private void count(UUID momentId, String change) {
        em.createNativeQuery("UPDATE moment SET like_count = like_count " + change + " WHERE id = :moment")
                .setParameter("moment", momentId)
                .setHint(TimelineRepository.NATIVE_SPACES, "moment")
                .executeUpdate();
    }

    /** The moment's likes as the database counts them now (this transaction's own changes included). */
    public long likes(UUID momentId) {
        return ((Number) em.createNativeQuery("SELECT like_count FROM moment WHERE id = :moment")
                .setParameter("moment", momentId)
                .getSingleResult()).longValue();
    }

    /** Of the moments, those the account likes. */
    public Set<UUID> likedBy(UUID accountId, Collection<UUID> momentIds) {
        if (accountId == null || momentIds.isEmpty()) {
            return Set.of();
        }
        List<?> rows = em.createNativeQuery("SELECT moment_id FROM moment_like WHERE account_id = :account"
                        + " AND moment_id IN (:moments)", UUID.class)
                .setParameter("account", accountId)
                .setParameter("moments", momentIds)
                .getResultList();
        Set<UUID> liked = new HashSet<>();
        rows.forEach(id -> liked.add((UUID) id));
        return liked;
    }

    /** Counts one more share of the moment. */
    public void share(UUID momentId) {
        em.createNativeQuery("UPDATE moment SET share_count = share_count + 1 WHERE id = :moment")
                .setParameter("moment", momentId)
                .setHint(TimelineRepository.NATIVE_SPACES, "moment")
                .executeUpdate();
    }

    /** The moment's shares as the database counts them now. */
    public long shares(UUID momentId) {
        return ((Number) em.createNativeQuery("SELECT share_count FROM moment WHERE id = :moment")
                .setParameter("moment", momentId)
                .getSingleResult()).longValue();
    }

    /**
     * Takes back every like of an account that is being deleted (the counts go down with them).
     *
     * @return the number of likes taken back
     */
    public int forget(UUID accountId) {
        em.createNativeQuery("UPDATE moment SET like_count = like_count - 1"
                        + " WHERE id IN (SELECT moment_id FROM moment_like WHERE account_id = :account)")
                .setParameter("account", accountId)
                .setHint(TimelineRepository.NATIVE_SPACES, "moment")
                .executeUpdate();
        return em.createNativeQuery("DELETE FROM moment_like WHERE account_id = :account")
                .setParameter("account", accountId)
                .setHint(TimelineRepository.NATIVE_SPACES, "moment_like")
                .executeUpdate();
    }
}

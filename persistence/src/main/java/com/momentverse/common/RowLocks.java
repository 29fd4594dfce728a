package com.momentverse.common;

import jakarta.persistence.EntityManager;

import java.util.Optional;

/**
 * Reads an entity under its row's lock: the row is locked first ({@code SELECT ... FOR UPDATE}),
 * the entity read after.
 *
 * <p>Why not {@code em.find(type, id, PESSIMISTIC_WRITE)}: an entity read with an eager optional
 * association is read in one outer-joined select, which PostgreSQL cannot lock, so Hibernate reads
 * first and locks after ("follow-on locking", warning HHH000444). A transaction that waited for the
 * lock then goes on with what it read before the other one committed, and fails with an
 * optimistic-lock error when it writes. Here the entity is read again after the lock even when
 * this transaction had read it before, so what the caller sees is what the lock protects.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /**
     * @param lockQuery a constant native query with one parameter, the id, of the form
     *                  {@code SELECT id FROM t WHERE id = ?1 FOR UPDATE}
     * @return the entity, locked until the transaction ends; empty when there is no such row
     */
    public static <T> Optional<T> lockThenRead(EntityManager em, Class<T> type, String lockQuery, Object id) {
        if (em.createNativeQuery(lockQuery).setParameter(1, id).getResultList().isEmpty()) {
            return Optional.empty();
        }
        T entity = em.find(type, id);
        em.refresh(entity);
        return Optional.of(entity);
    }
}

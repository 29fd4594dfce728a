package com.momentverse.account;

import com.momentverse.common.LikePatterns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accounts, their tokens and sign-in failures. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    public Optional<Account> find(UUID id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public Optional<Account> findByEmail(String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.emailKey = :key", Account.class)
                .setParameter("key", Account.emailKey(email))
                .getResultStream().findFirst();
    }

    /** The accounts with these ids that exist (deleted ones are missing), in no order. */
    public List<Account> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The names of those of the accounts that exist, by id: one query for a page of moments. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        em.createQuery("SELECT a.id, a.name FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        return names;
    }

    public boolean emailTaken(String email) {
        return findByEmail(email).isPresent();
    }

    public void add(Account account) {
        em.persist(account);
    }

    public void remove(Account account) {
        em.createQuery("DELETE FROM AccountToken t WHERE t.account = :account")
                .setParameter("account", account).executeUpdate();
        em.remove(account);
    }

    public long countAdmins() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.admin = true", Long.class).getSingleResult();
    }

    /**
     * Accounts by creation, newest first, optionally filtered by a text found in name or
     * e-mail, after the account the cursor names.
     */
    public List<Account> list(String text, Account after, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM Account a WHERE 1 = 1");
        if (text != null && !text.isBlank()) {
            jpql.append(" AND (LOWER(a.name) LIKE :text ESCAPE '!' OR a.emailKey LIKE :text ESCAPE '!')");
        }
        if (after != null) {
            jpql.append(" AND (a.createdAt < :at OR (a.createdAt = :at AND a.id < :id))");
        }
        jpql.append(" ORDER BY a.createdAt DESC, a.id DESC");
        var query = em.createQuery(jpql.toString(), Account.class).setMaxResults(limit);
        if (text != null && !text.isBlank()) {
            query.setParameter("text", LikePatterns.contains(text.strip().toLowerCase(java.util.Locale.ROOT)));
        }
        if (after != null) {
            query.setParameter("at", after.getCreatedAt()).setParameter("id", after.getId());
        }
        return query.getResultList();
    }

    // --- tokens ---------------------------------------------------------------------------

    public void add(AccountToken token) {
        em.persist(token);
    }

    /** The token with this hash, locked, so that two uses racing each other cannot both succeed. */
    public Optional<AccountToken> findTokenForUpdate(String tokenHash, TokenPurpose purpose) {
        return em.createQuery("SELECT t FROM AccountToken t JOIN FETCH t.account"
                        + " WHERE t.tokenHash = :hash AND t.purpose = :purpose", AccountToken.class)
                .setParameter("hash", tokenHash).setParameter("purpose", purpose)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Marks every unused token of that purpose used: a new link replaces the old ones. */
    public void retireTokens(Account account, TokenPurpose purpose, Instant now) {
        em.createQuery("UPDATE AccountToken t SET t.usedAt = :now"
                        + " WHERE t.account = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
                .setParameter("now", now).setParameter("account", account).setParameter("purpose", purpose)
                .executeUpdate();
    }

    public long countTokensSince(Account account, TokenPurpose purpose, Instant since) {
        return em.createQuery("SELECT COUNT(t) FROM AccountToken t WHERE t.account = :account"
                        + " AND t.purpose = :purpose AND t.expiresAt > :threshold", Long.class)
                .setParameter("account", account).setParameter("purpose", purpose)
                .setParameter("threshold", since.plus(purpose.validity()))
                .getSingleResult();
    }

    // --- sign-in failures -----------------------------------------------------------------

    public void add(LoginFailure failure) {
        em.persist(failure);
    }

    /** Failures for this pair since {@code since}, oldest first. */
    public List<Instant> failuresSince(String emailKey, String clientAddress, Instant since) {
        return em.createQuery("SELECT f.failedAt FROM LoginFailure f WHERE f.emailKey = :key"
                        + " AND f.clientAddress = :address AND f.failedAt > :since ORDER BY f.failedAt", Instant.class)
                .setParameter("key", emailKey).setParameter("address", clientAddress).setParameter("since", since)
                .getResultList();
    }

    public void clearFailures(String emailKey, String clientAddress) {
        em.createQuery("DELETE FROM LoginFailure f WHERE f.emailKey = :key AND f.clientAddress = :address")
                .setParameter("key", emailKey).setParameter("address", clientAddress).executeUpdate();
    }

    public int purgeFailuresBefore(Instant before) {
        return em.createQuery("DELETE FROM LoginFailure f WHERE f.failedAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    // --- requests about addresses ----------------------------------------------------------

    public void add(AccountRequest request) {
        em.persist(request);
    }

    /** The request, locked, so that two nodes never carry out the same one; empty once done. */
    public Optional<AccountRequest> findRequestForUpdate(UUID id) {
        return Optional.ofNullable(em.find(AccountRequest.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    public void remove(AccountRequest request) {
        em.remove(request);
    }

    /** Requests still waiting since before {@code before}, oldest first (left by a crash or a failure). */
    public List<UUID> waitingRequests(Instant before, int limit) {
        return em.createQuery("SELECT r.id FROM AccountRequest r WHERE r.createdAt < :before ORDER BY r.createdAt",
                        UUID.class)
                .setParameter("before", before).setMaxResults(limit).getResultList();
    }

    // --- signing keys ---------------------------------------------------------------------

    public Optional<SigningKey> signingKey(String kid) {
        return Optional.ofNullable(em.find(SigningKey.class, kid));
    }

    public void add(SigningKey key) {
        em.persist(key);
    }
}

package com.momentverse.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.Optional;

/** Reads and stores the generated signing key, each in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SigningKeyStore {

    @Inject
    AccountRepository accounts;

    @PersistenceContext(unitName = "momentverse")
    EntityManager em;

    public Optional<SigningKey> find(String kid) {
        return accounts.signingKey(kid);
    }

    /** Stores the pair unless one with that id exists; a concurrent insert by another node is not an error. */
    public void addIfAbsent(String kid, String privatePem, String publicPem) {
        if (accounts.signingKey(kid).isPresent()) {
            return;
        }
        try {
            accounts.add(new SigningKey(kid, privatePem, publicPem, Instant.now()));
            em.flush();
        } catch (PersistenceException lostTheRace) {
            throw new KeyStoredElsewhereException();
        }
    }

    /** Another node stored its key first; rolls back this insert, the caller reads theirs. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class KeyStoredElsewhereException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}

package com.momentverse.account;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Carries out the requests about addresses that {@link AccountService} records (register,
 * new verification link, password reset), away from the request that asked: so the answer
 * costs the same whether or not the address has an account, and only this bean ever looks
 * the address up.
 *
 * <p>Each request runs right after its transaction commits (an AFTER_SUCCESS observer hands it
 * to an asynchronous method, so nothing is started from inside a transaction that could still
 * roll back), and a timer picks up any left behind by a crash. Each request is carried out in
 * its own transaction under a row lock and then deleted, so it happens once across nodes.
 */
@Singleton
@Lock(LockType.READ)
public class AccountRequests {

    private static final Logger LOG = Logger.getLogger(AccountRequests.class);
    private static final Duration LEFT_BEHIND = Duration.ofSeconds(30);

    @EJB
    AccountRequests self;

    @EJB
    AccountRequestWork work;

    public void recorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountRequestRecorded event) {
        self.carryOut(event.requestId());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void carryOut(UUID requestId) {
        try {
            work.carryOut(requestId);
        } catch (RuntimeException e) {
            // Left for the timer (e.g. two registrations of one address racing each other).
            LOG.warnf("Account request %s could not be carried out now (%s); it will be retried",
                    requestId, e.getClass().getSimpleName());
        }
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void leftBehind() {
        for (UUID id : work.waiting(Instant.now().minus(LEFT_BEHIND))) {
            carryOut(id);
        }
    }

}

package com.momentverse.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The transactional half of {@link AccountRequests}: one request, one transaction, then it is gone. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccountRequestWork {

    @Inject
    AccountRepository accounts;

    @Inject
    AccountLifecycle lifecycle;

    public void carryOut(UUID requestId) {
        accounts.findRequestForUpdate(requestId).ifPresent(request -> {
            Instant now = Instant.now();
            switch (request.getKind()) {
                case REGISTER -> lifecycle.register(request, now);
                case RESEND_VERIFICATION -> lifecycle.resendVerification(request.getEmail(), now);
                case PASSWORD_RESET -> lifecycle.sendPasswordReset(request.getEmail(), now);
                default -> throw new IllegalStateException("unknown request kind " + request.getKind());
            }
            accounts.remove(request);
        });
    }

    public List<UUID> waiting(Instant before) {
        return accounts.waitingRequests(before, 100);
    }
}

package com.momentverse.order;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Counts answered quotes per UTC day ({@link QuoteTally}), for the dashboard's funnel. Each count
 * is a transaction of its own, as short as one row update, so it never holds up or undoes the
 * quote it counts. See {@link ClaimService#quote}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class QuoteCounter {

    @Inject
    QuoteTally tally;

    Clock clock = Clock.systemUTC();

    /**
     * Counts one quote today. The day's first quote opens its row; if another node or thread
     * opened it at the same moment, this transaction fails on the key and the caller may count again.
     */
    public void countOne() {
        LocalDate today = LocalDate.now(clock);
        if (!tally.add(today, 1)) {
            tally.open(today);
            tally.add(today, 1);
        }
    }
}

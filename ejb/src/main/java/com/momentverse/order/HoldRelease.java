package com.momentverse.order;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Ends holds that ran out, each in its own transaction under the order's row lock, so that a
 * payment arriving at the same moment is either seen (and the order stays paid) or waits for the
 * release; and so that nodes sweeping at once release each hold once.
 */
@Stateless
public class HoldRelease {

    @Inject
    OrderRepository orders;

    public List<UUID> holdsOver(Instant now, int limit) {
        return orders.holdsOver(now, limit);
    }

    /** Expires the order if it still awaits payment and its hold ran out; true if it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean releaseIfOver(UUID orderId, Instant now) {
        return orders.findForUpdate(orderId)
                .filter(order -> order.isHoldOver(now))
                .map(order -> order.expire(now))
                .orElse(false);
    }
}

package com.momentverse.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life (PRODUCT.md, "Orders and payment"), with the changes it allows:
 * a pending order is paid, expires (its hold ran out or its owner cancelled it) or fails; a
 * paid order may be refunded. An expired order can still be paid late (the customer paid as the
 * hold ran out): then it becomes PAID if its span is still free, else its payment is refunded.
 * Nothing else moves.
 */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    EXPIRED,
    FAILED,
    REFUNDED;

    /** Whether an order in this state may move to {@code next}. */
    public boolean canBecome(OrderStatus next) {
        return next(this).contains(next);
    }

    private static Set<OrderStatus> next(OrderStatus from) {
        switch (from) {
            case PENDING_PAYMENT:
                return EnumSet.of(PAID, EXPIRED, FAILED);
            case PAID:
                return EnumSet.of(REFUNDED);
            case EXPIRED:
                return EnumSet.of(PAID, REFUNDED);
            default:
                return EnumSet.noneOf(OrderStatus.class);
        }
    }
}

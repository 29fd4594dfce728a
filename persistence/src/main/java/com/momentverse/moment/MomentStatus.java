package com.momentverse.moment;

import java.util.Set;

/**
 * Where a moment is in its life. HELD and CONFIRMED are <em>active</em>: an active moment's span
 * and star belong to it alone (the database refuses a second active moment on them).
 */
public enum MomentStatus {
    /** Held for checkout, until the order is paid, cancelled or its hold runs out. */
    HELD,
    /** Paid: the span is the owner's. */
    CONFIRMED,
    /** Given up (hold expired, payment failed, order cancelled or refunded): span and star are free. */
    RELEASED;

    /** The states in which a moment keeps its span and star, as the database constraints name them. */
    public static final Set<MomentStatus> ACTIVE = Set.of(HELD, CONFIRMED);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }
}

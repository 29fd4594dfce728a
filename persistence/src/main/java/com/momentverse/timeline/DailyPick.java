package com.momentverse.timeline;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The moment of the day of one UTC date, as it was chosen the first time it was asked for and
 * recorded, so that it stays the same all day on every node.
 *
 * @param momentId the moment, or null when there was none to choose
 */
public record DailyPick(LocalDate day, UUID momentId, Reason reason) {

    /** Why the moment was chosen. */
    public enum Reason {
        /** The listed moment with the most likes given during the previous UTC day. */
        LIKES,
        /** No likes that day: a listed moment whose anniversary (UTC month and day) it is. */
        ANNIVERSARY,
        /** Neither: no moment of the day. */
        NONE
    }
}

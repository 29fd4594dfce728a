package com.momentverse.moment;

import jakarta.ejb.ApplicationException;

/** The star is paired with another active moment: 409 {@code star-taken}. */
@ApplicationException(rollback = true)
public class StarTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int hip;

    public StarTakenException(int hip) {
        super("star taken: HIP " + hip);
        this.hip = hip;
    }

    public int getHip() {
        return hip;
    }
}

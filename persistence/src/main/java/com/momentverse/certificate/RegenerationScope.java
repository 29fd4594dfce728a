package com.momentverse.certificate;

import java.time.Instant;
import java.util.Objects;

/**
 * The certificates a bulk regeneration replaces: the VALID ones issued in
 * [{@code issuedFrom}, {@code issuedBefore}), premium, standard or both ({@code premium} null).
 * The end is fixed when the job starts, so the certificates the job itself issues are never in
 * its scope, and what remains in scope is exactly what remains to do.
 */
public record RegenerationScope(Boolean premium, Instant issuedFrom, Instant issuedBefore) {

    public RegenerationScope {
        Objects.requireNonNull(issuedBefore, "issuedBefore");
        if (issuedFrom != null && !issuedFrom.isBefore(issuedBefore)) {
            throw new IllegalArgumentException("issuedFrom must be before issuedBefore");
        }
    }
}

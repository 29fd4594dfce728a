package com.momentverse.certificate.api;

import com.momentverse.common.InvalidInputException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /api/v1/admin/certificates/regenerate}: which VALID certificates to replace; every
 * member may be left out (all of them, whenever issued). Instants as ISO-8601 ({@code 2026-12-01T00:00:00Z}).
 */
public record BulkRegenerationRequest(Boolean premium, String issuedFrom, String issuedBefore) {

    static final BulkRegenerationRequest ALL = new BulkRegenerationRequest(null, null, null);

    Instant from() {
        return instant("issuedFrom", issuedFrom);
    }

    Instant before() {
        return instant("issuedBefore", issuedBefore);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "format", "Must be an ISO-8601 instant such as 2026-12-01T00:00:00Z.");
        }
    }
}

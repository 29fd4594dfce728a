package com.momentverse.order.api;

import com.momentverse.common.InvalidInputException;
import com.momentverse.order.ClaimRequest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code POST /api/v1/orders}: the moment to claim and its options, as a client sends them. */
public record OrderRequest(String start, String end, String timeZone, String title, String message,
                           String dedicatedTo, String visibility, Integer starHip, Boolean premiumCertificate,
                           String giftEmail, String giftDate) {

    /** The claim, checked; every field at fault is reported at once. */
    public ClaimRequest toClaim(LocalDate today) {
        return ClaimRequest.of(start, end, timeZone, title, message, dedicatedTo, visibility, starHip,
                Boolean.TRUE.equals(premiumCertificate), giftEmail, parseGiftDate(), today);
    }

    private LocalDate parseGiftDate() {
        if (giftDate == null || giftDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(giftDate.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("giftDate", "INVALID", "must be an ISO date such as 2027-02-14");
        }
    }
}

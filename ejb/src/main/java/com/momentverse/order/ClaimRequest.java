package com.momentverse.order;

import com.momentverse.certificate.PrintableText;
import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.Span;
import com.momentverse.common.TimeZones;
import com.momentverse.moment.Gift;
import com.momentverse.moment.MomentText;
import com.momentverse.moment.Visibility;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a customer asks for when they start checkout, checked: the span, the zone they
 * picked it in, the words, the visibility, the star and the options.
 *
 * @param starHip null for no star
 * @param gift    null for no gift
 */
public record ClaimRequest(Span span, ZoneId zone, MomentText text, Visibility visibility, Integer starHip,
                           boolean premiumCertificate, Gift gift) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * A claim whose words a certificate can print: checked here, so every way to a claim (the
     * API, the claim page) refuses an emoji before the payment rather than on the certificate.
     *
     * @throws InvalidInputException for a text field with a character no certificate font has
     */
    public ClaimRequest {
        if (text != null) {
            PrintableText.check(text);
        }
    }

    /**
     * Checks every field of a claim as a client sent it, and reports all that are wrong at once.
     *
     * @param today the current UTC date, for the gift's date
     * @throws InvalidInputException listing every field at fault
     */
    public static ClaimRequest of(String start, String end, String timeZone, String title, String message,
                                  String dedicatedTo, String visibility, Integer starHip, boolean premiumCertificate,
                                  String giftEmail, LocalDate giftDate, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Span span = collect(errors, () -> Span.parse(start, end));
        ZoneId zone = collect(errors, () -> TimeZones.parse(timeZone));
        MomentText text = collect(errors, () -> MomentText.of(title, message, dedicatedTo));
        Visibility seen = collect(errors, () -> Visibility.parse(visibility));
        Gift gift = collect(errors, () -> Gift.of(giftEmail, giftDate, today));
        if (starHip != null && starHip <= 0) {
            errors.add(new FieldError("starHip", "INVALID", "must be a Hipparcos catalogue number"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ClaimRequest(span, zone, text, seen, starHip, premiumCertificate, gift);
    }

    private static <T> T collect(List<FieldError> errors, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            errors.addAll(e.getErrors());
            return null;
        }
    }
}

package com.momentverse.certificate.jasper;

import com.momentverse.common.HistoricDates;
import com.momentverse.common.Span;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Everything a certificate shows, as finished text. The renderer formats nothing about time:
 * dates come from {@link Span} (proleptic Gregorian, BCE/CE), because JasperReports would
 * otherwise go through {@code java.util.Date}, which turns Julian before 1582. Use
 * {@link #of} to build one from a span and the customer's zone.
 *
 * @param number          certificate number, e.g. {@code MV-7K3Q-9XWD}
 * @param title           the moment's title
 * @param message         the dedication text, or null
 * @param dedicatedTo     who the moment is dedicated to, or null
 * @param dedicatedBy     who dedicates it
 * @param spanInZone      the span on the customer's wall clock, with zone and offset
 * @param spanUtc         the span in UTC
 * @param durationInWords the length of the span in words
 * @param star            the paired star, or null
 * @param issuedOn        the issue date as text
 * @param verificationUrl where anyone can check the certificate (also its QR code)
 * @param premium         the premium design: gold frame, seal and sky chart
 */
public record CertificateContent(String number, String title, String message, String dedicatedTo,
                                 String dedicatedBy, String spanInZone, String spanUtc,
                                 String durationInWords, CertificateStar star, String issuedOn,
                                 String verificationUrl, boolean premium) {

    public CertificateContent {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dedicatedBy, "dedicatedBy");
        Objects.requireNonNull(spanInZone, "spanInZone");
        Objects.requireNonNull(spanUtc, "spanUtc");
        Objects.requireNonNull(durationInWords, "durationInWords");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
    }

    /**
     * The content of a moment's certificate: the span's three texts come from
     * {@link Span#format(ZoneId)}, {@link Span#formatUtc()} and {@link Span#durationInWords()},
     * the issue date is the UTC day of {@code issuedAt} ("26 November 2026 CE").
     */
    public static CertificateContent of(String number, String title, String message,
                                        String dedicatedTo, String dedicatedBy, Span span,
                                        ZoneId zone, CertificateStar star, Instant issuedAt,
                                        String verificationUrl, boolean premium) {
        return new CertificateContent(number, title, message, dedicatedTo, dedicatedBy,
                span.format(zone), span.formatUtc(), span.durationInWords(), star,
                HistoricDates.date(issuedAt.atZone(ZoneOffset.UTC).toLocalDate()),
                verificationUrl, premium);
    }
}

package com.momentverse.moment.share;

import com.momentverse.certificate.jasper.CertificateStar;
import com.momentverse.moment.MomentView;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a moment's share picture shows, as finished text: dates come from the span's own
 * formatting (BCE/CE, proleptic Gregorian), never from {@code java.util.Date}.
 *
 * @param title       the moment's title
 * @param dedicatedTo who it is dedicated to, or null
 * @param spanUtc     the span in UTC: "20 July 1969 CE, 20:17:40 – 20:18:40 UTC"
 * @param details     its length and era: "1 minute · Modern Era"
 * @param star        the paired star, drawn as a sky chart, or null
 */
public record ShareCard(String title, String dedicatedTo, String spanUtc, String details, CertificateStar star) {

    /**
     * The version of the picture's design: part of every fingerprint, so a new design gets new
     * ETags and caches let go of the old pictures.
     */
    static final String DESIGN = "card-1";

    public ShareCard {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(spanUtc, "spanUtc");
        Objects.requireNonNull(details, "details");
    }

    public static ShareCard of(MomentView moment) {
        return new ShareCard(moment.title(), blankToNull(moment.dedicatedTo()), moment.span().formatUtc(),
                moment.span().durationInWords() + " \u00B7 " + moment.era().displayName(),
                moment.star() == null ? null : CertificateStar.of(moment.star()));
    }

    /** "Sirius · Canis Major", or null without a star. */
    public String starLine() {
        return star == null ? null : star.displayName() + " \u00B7 " + star.constellationName();
    }

    /**
     * A digest of everything the picture shows and of its design: equal for equal pictures,
     * different as soon as a word changes. The picture's ETag and cache key.
     */
    public String fingerprint() {
        String drawn = String.join("\u0000", DESIGN, title, Objects.toString(dedicatedTo, ""), spanUtc, details,
                star == null ? "" : star.hip() + ":" + starLine());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(drawn.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

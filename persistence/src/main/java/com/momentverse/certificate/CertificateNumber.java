package com.momentverse.certificate;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A certificate's number, such as {@code MV-7K3Q-9XWD}: "MV", then two groups of four characters
 * chosen at random from Crockford's base-32 alphabet without 0 and 1, which leaves no pair that
 * people confuse on paper or on a screen (no 0/O, 1/I/L, and no U). 30^8 is about 6.6 × 10^11
 * numbers, so a number cannot be guessed from another one; the database's key makes each unique.
 *
 * <p>What a person types is read leniently ({@link #parse}): case, spaces, dashes and the "MV"
 * prefix do not matter.
 *
 * @param value the canonical form, {@code MV-XXXX-XXXX}
 */
public record CertificateNumber(String value) implements Serializable {

    /** The 30 characters of a number: digits 2–9 and the letters except I, L, O and U. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final long serialVersionUID = 1L;
    private static final Pattern CANONICAL = Pattern.compile("MV-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public CertificateNumber {
        Objects.requireNonNull(value, "value");
        if (!CANONICAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a certificate number: " + value);
        }
    }

    /** A new random number. */
    public static CertificateNumber random() {
        return random(RANDOM);
    }

    static CertificateNumber random(Random random) {
        StringBuilder number = new StringBuilder("MV-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                number.append('-');
            }
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new CertificateNumber(number.toString());
    }

    /**
     * The number a person typed or a link carried, or empty when it cannot be one: case, white
     * space and dashes are ignored, the "MV" prefix is optional.
     */
    public static java.util.Optional<CertificateNumber> parse(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String compact = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.startsWith("MV")) {
            compact = compact.substring(2);
        }
        if (compact.length() != 8) {
            return java.util.Optional.empty();
        }
        String canonical = "MV-" + compact.substring(0, 4) + "-" + compact.substring(4);
        return CANONICAL.matcher(canonical).matches()
                ? java.util.Optional.of(new CertificateNumber(canonical)) : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

package com.momentverse.certificate.jasper;

import com.momentverse.star.Star;
import java.util.Objects;

/**
 * The star as a certificate prints it. A copy of the catalogue values rather than the
 * {@link Star} entity, so rendering never touches a persistence context.
 *
 * @param displayName       what a person calls it: proper name, else designation, else "HIP n"
 * @param designation       Bayer/Flamsteed designation ("α Canis Majoris"), or null
 * @param hip               Hipparcos number
 * @param raDeg             right ascension, J2000, degrees 0–360
 * @param decDeg            declination, J2000, degrees −90–90
 * @param magnitude         apparent visual magnitude
 * @param constellationName constellation in English ("Canis Major")
 */
public record CertificateStar(String displayName, String designation, int hip, double raDeg,
                              double decDeg, double magnitude, String constellationName) {

    public CertificateStar {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(constellationName, "constellationName");
    }

    /** The printed values of a catalogue star. */
    public static CertificateStar of(Star star) {
        return new CertificateStar(star.getDisplayName(), star.getDesignation(), star.getHip(),
                star.getRaDeg(), star.getDecDeg(), star.getMagnitude(), star.getConstellationName());
    }
}

package com.momentverse.star;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A star of the Hipparcos catalogue (to visual magnitude 8), identified by its HIP number.
 * The catalogue is reference data loaded by a migration and never changed by the
 * application, hence read-only mapping and the second-level cache.
 */
@Entity
@Cacheable
@Table(name = "star")
public class Star {

    @Id
    @Column(name = "hip")
    private int hip;

    @Column(name = "proper_name", length = 64)
    private String properName;

    @Column(name = "designation", length = 64)
    private String designation;

    @Column(name = "constellation", length = 3, nullable = false)
    private String constellation;

    @Column(name = "constellation_name", length = 32, nullable = false)
    private String constellationName;

    @Column(name = "ra_deg", nullable = false)
    private double raDeg;

    @Column(name = "dec_deg", nullable = false)
    private double decDeg;

    @Column(name = "magnitude", nullable = false)
    private double magnitude;

    @Column(name = "color_bv")
    private Double colorBV;

    @Column(name = "search_key", length = 400, nullable = false)
    private String searchKey;

    protected Star() {
        // for JPA
    }

    public int getHip() {
        return hip;
    }

    /** The IAU proper name ("Sirius"), or null for the many stars without one. */
    public String getProperName() {
        return properName;
    }

    /** Bayer, Flamsteed or variable-star designation ("α Canis Majoris"), or null. */
    public String getDesignation() {
        return designation;
    }

    /** IAU three-letter abbreviation ("CMa"). */
    public String getConstellation() {
        return constellation;
    }

    public String getConstellationName() {
        return constellationName;
    }

    /** Right ascension, J2000, degrees 0–360. */
    public double getRaDeg() {
        return raDeg;
    }

    /** Declination, J2000, degrees −90–90. */
    public double getDecDeg() {
        return decDeg;
    }

    /** Apparent visual magnitude: smaller is brighter. */
    public double getMagnitude() {
        return magnitude;
    }

    /** B−V colour index, or null where the catalogue has none. */
    public Double getColorBV() {
        return colorBV;
    }

    /**
     * What a person would call this star: its proper name, else its designation,
     * else "HIP n".
     */
    public String getDisplayName() {
        if (properName != null) {
            return properName;
        }
        return designation != null ? designation : "HIP " + hip;
    }
}

package com.momentverse.star.view;

import com.momentverse.star.Star;
import com.momentverse.star.StarListing;

import java.io.Serializable;

/**
 * A row of the stars table. A class with getters rather than a record: Expression
 * Language 5 (Jakarta EE 10) does not read record components. Serializable because the
 * view state keeps the current page.
 */
public final class StarRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int hip;
    private final String name;
    private final String designation;
    private final String constellationName;
    private final double magnitude;
    private final boolean available;

    private StarRow(Star star, boolean available) {
        this.hip = star.getHip();
        this.name = star.getDisplayName();
        this.designation = star.getDesignation();
        this.constellationName = star.getConstellationName();
        this.magnitude = star.getMagnitude();
        this.available = available;
    }

    static StarRow of(StarListing listing) {
        return new StarRow(listing.star(), listing.available());
    }

    public int getHip() {
        return hip;
    }

    public String getName() {
        return name;
    }

    public String getDesignation() {
        return designation;
    }

    public String getConstellationName() {
        return constellationName;
    }

    public double getMagnitude() {
        return magnitude;
    }

    public boolean isAvailable() {
        return available;
    }
}

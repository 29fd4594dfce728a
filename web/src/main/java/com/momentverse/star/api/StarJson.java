package com.momentverse.star.api;

import com.momentverse.star.Star;
import com.momentverse.star.StarListing;

/** A star as the API shows it (API.md, "Stars"). */
public record StarJson(int hip, String properName, String designation, String constellation,
                       String constellationName, double raDeg, double decDeg, double magnitude,
                       Double colorBV, boolean available) {

    public static StarJson of(StarListing listing) {
        Star star = listing.star();
        return new StarJson(star.getHip(), star.getProperName(), star.getDesignation(),
                star.getConstellation(), star.getConstellationName(), star.getRaDeg(),
                star.getDecDeg(), star.getMagnitude(), star.getColorBV(), listing.available());
    }
}

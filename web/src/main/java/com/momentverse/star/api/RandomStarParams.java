package com.momentverse.star.api;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

/**
 * The filters of {@code GET /api/v1/stars/random}, which every star search also has, validated as
 * text (see {@code ListParams}).
 */
public class RandomStarParams {

    @QueryParam("constellation")
    @Pattern(regexp = "[A-Za-z]{3}", message = "must be an IAU constellation abbreviation such as CMa")
    String constellation;

    @QueryParam("maxMagnitude")
    @Pattern(regexp = "-?[0-9]{1,2}(\\.[0-9]{1,3})?", message = "must be a number such as 4.5")
    String maxMagnitude;

    public String constellation() {
        return constellation;
    }

    public Double maxMagnitude() {
        return maxMagnitude == null ? null : Double.valueOf(maxMagnitude);
    }
}

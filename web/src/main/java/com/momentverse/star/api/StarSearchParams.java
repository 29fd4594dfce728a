package com.momentverse.star.api;

import com.momentverse.star.StarQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters of {@code GET /api/v1/stars}, validated as text (see {@code ListParams}). */
public class StarSearchParams {

    @QueryParam("q")
    @Size(max = 100, message = "must be at most 100 characters")
    String q;

    @QueryParam("constellation")
    @Pattern(regexp = "[A-Za-z]{3}", message = "must be an IAU constellation abbreviation such as CMa")
    String constellation;

    @QueryParam("available")
    @Pattern(regexp = "true|false", message = "must be true or false")
    String available;

    @QueryParam("maxMagnitude")
    @Pattern(regexp = "-?[0-9]{1,2}(\\.[0-9]{1,3})?", message = "must be a number such as 4.5")
    String maxMagnitude;

    public StarQuery toQuery() {
        return new StarQuery(q, constellation,
                maxMagnitude == null ? null : Double.valueOf(maxMagnitude),
                Boolean.parseBoolean(available));
    }
}

package com.momentverse.star.api;

import com.momentverse.star.StarQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The filters of {@code GET /api/v1/stars}, validated as text (see {@code ListParams}). */
public class StarSearchParams extends RandomStarParams {

    @QueryParam("q")
    @Size(max = 100, message = "must be at most 100 characters")
    String q;

    @QueryParam("available")
    @Pattern(regexp = "true|false", message = "must be true or false")
    String available;

    public StarQuery toQuery() {
        return new StarQuery(q, constellation(), maxMagnitude(), Boolean.parseBoolean(available));
    }
}

package com.momentverse.timeline.api;

import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import com.momentverse.timeline.Scale;
import com.momentverse.timeline.TimelineQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters of the timeline, the same for its buckets and its list, taken as text and checked
 * by {@link TimelineQuery#parse} and {@link Scale#parse}, which report every bad one at once.
 */
public class TimelineParams {

    @QueryParam("from")
    @Parameter(description = "First instant of the window, ISO-8601 UTC with astronomical years, e.g. -0499-01-01T00:00:00Z")
    String from;

    @QueryParam("to")
    @Parameter(description = "The instant after the window (excluded)")
    String to;

    @QueryParam("era")
    @Parameter(description = "Only moments that start in this era: ancient, classical, middle-ages, early-modern, industrial, modern, our-century")
    String era;

    @QueryParam("starPaired")
    @Parameter(description = "true: only moments with a star; false: only those without")
    String starPaired;

    @QueryParam("q")
    @Parameter(description = "Only moments whose title, message or recipient contains this text (case ignored), 1 to 100 characters")
    String q;

    /** The query of the list: without {@code from} or {@code to}, the range's ends. */
    public TimelineQuery toQuery() {
        return TimelineQuery.parse(from, to, era, starPaired, q, false);
    }

    /**
     * The scale and the query of the buckets, where {@code from} and {@code to} are required.
     *
     * @throws InvalidInputException with every bad field
     */
    public Buckets toBuckets(String scale) {
        List<FieldError> errors = new ArrayList<>();
        Scale parsedScale = null;
        TimelineQuery query = null;
        try {
            parsedScale = Scale.parse(scale);
        } catch (InvalidInputException e) {
            errors.addAll(e.getErrors());
        }
        try {
            query = TimelineQuery.parse(from, to, era, starPaired, q, true);
        } catch (InvalidInputException e) {
            errors.addAll(e.getErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Buckets(parsedScale, query);
    }

    /** What {@code GET /api/v1/timeline/buckets} asks for. */
    public record Buckets(Scale scale, TimelineQuery query) {
    }
}

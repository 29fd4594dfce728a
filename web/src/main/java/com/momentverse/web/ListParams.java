package com.momentverse.web;

import com.momentverse.common.PageRequest;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * The {@code limit} and {@code cursor} of every list. Taken as text and validated, so that
 * {@code ?limit=abc} is a 400 with a field error (JAX-RS would turn a failed conversion of
 * a query parameter into a 404).
 */
public class ListParams {

    @QueryParam("limit")
    @Pattern(regexp = "100|[1-9][0-9]?", message = "must be a whole number from 1 to 100")
    String limit;

    @QueryParam("cursor")
    @Size(max = 200, message = "is not a cursor from a previous page")
    String cursor;

    public PageRequest toPageRequest() {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : Integer.parseInt(limit);
        return new PageRequest(size, cursor == null || cursor.isEmpty() ? null : cursor);
    }
}

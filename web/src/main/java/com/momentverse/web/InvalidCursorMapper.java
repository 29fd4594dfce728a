package com.momentverse.web;

import com.momentverse.common.InvalidCursorException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A cursor this API did not issue: 400 {@code validation} on the {@code cursor} field. */
@Provider
public class InvalidCursorMapper implements ExceptionMapper<InvalidCursorException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidCursorException exception) {
        return Problems.validation(uriInfo.getRequestUri().getRawPath(),
                List.of(new Problem.FieldError("cursor", "is not a cursor from a previous page")));
    }
}

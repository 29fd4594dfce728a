package com.momentverse.web;

import com.momentverse.common.InvalidInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A business rule refused the input: 400 {@code validation} with the service's field errors. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidInputException exception) {
        return Problems.validation(uriInfo.getRequestUri().getRawPath(), exception.getErrors().stream()
                .map(e -> new Problem.FieldError(e.field(), e.message())).toList());
    }
}

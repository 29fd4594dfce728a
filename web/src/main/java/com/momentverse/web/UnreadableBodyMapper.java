package com.momentverse.web;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;

/** A body that is not the JSON the endpoint takes: 400 {@code validation} on the body. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException exception) {
        return Problems.validation(uriInfo.getRequestUri().getRawPath(),
                List.of(new Problem.FieldError("body", "is not valid JSON of the expected shape")));
    }
}

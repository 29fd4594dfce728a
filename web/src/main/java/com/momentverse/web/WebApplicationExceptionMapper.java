package com.momentverse.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (unknown path, method not allowed, unreadable body...) as problems
 * with their status. The detail is generic: an exception's message is never shown.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String detail = statusType == null ? type.title() : statusType.getReasonPhrase();
        Response response = Problems.response(type, status, detail, uriInfo.getRequestUri().getRawPath(), null);
        // Keep headers such as Allow (405) that tell the client what would work.
        exception.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> response.getHeaders().add(name, value));
            }
        });
        return response;
    }
}

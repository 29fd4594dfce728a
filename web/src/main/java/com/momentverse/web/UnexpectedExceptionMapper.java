package com.momentverse.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Anything no other mapper explains: logged in full (with the request id, which the client
 * also receives), answered as 500 {@code internal} that reveals nothing.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        LOG.error("Unexpected error answering " + uriInfo.getRequestUri().getRawPath(), exception);
        return Problems.response(ProblemType.INTERNAL,
                "The request could not be completed. Quote the X-Request-Id header if you contact us.",
                uriInfo.getRequestUri().getRawPath());
    }
}

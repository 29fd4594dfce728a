package com.momentverse.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Anything no other mapper explains: logged in full (with the request id, which the client
 * also receives), answered as 500 {@code internal} that reveals nothing.
 *
 * <p>One kind is expected, and arrives wrapped (in an {@code EJBException}, a transaction
 * rollback): another transaction changed the same row first (an optimistic-lock failure). That is
 * 409 {@code conflict}, which the client may simply repeat, not an error of ours.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        if (causedBy(exception, OptimisticLockException.class)) {
            LOG.infof("Concurrent change answering %s: %s", uriInfo.getRequestUri().getRawPath(), exception);
            return Problems.response(ProblemType.CONFLICT,
                    "Someone else changed this at the same moment. Load it again and retry.",
                    uriInfo.getRequestUri().getRawPath());
        }
        LOG.error("Unexpected error answering " + uriInfo.getRequestUri().getRawPath(), exception);
        return Problems.response(ProblemType.INTERNAL,
                "The request could not be completed. Quote the X-Request-Id header if you contact us.",
                uriInfo.getRequestUri().getRawPath());
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}

package com.momentverse.web;

import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The services' own refusals, as problems. */
final class DomainExceptionMappers {

    private DomainExceptionMappers() {
    }

    /** 404 {@code not-found}: absent, or not the caller's to see. */
    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(NotFoundException exception) {
            return Problems.response(ProblemType.NOT_FOUND, "There is nothing here, or it is not yours to see.",
                    uriInfo.getRequestUri().getRawPath());
        }
    }

    /** 409 {@code conflict}: the current state forbids it; the service's message says why. */
    @Provider
    public static class Conflict implements ExceptionMapper<StateConflictException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(StateConflictException exception) {
            return Problems.response(ProblemType.CONFLICT, exception.getMessage(),
                    uriInfo.getRequestUri().getRawPath());
        }
    }
}

package com.momentverse.web;

import com.momentverse.web.security.MomentVerseAuthenticationMechanism;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * A role check failed (on a resource or an EJB): 401 {@code unauthenticated} with a Bearer
 * challenge for an anonymous caller, 403 {@code forbidden} for a signed-in one.
 */
final class AccessDenied {

    private AccessDenied() {
    }

    static Response answer(SecurityContext security, UriInfo uriInfo, HttpServletRequest request) {
        String path = uriInfo.getRequestUri().getRawPath();
        if (security.getUserPrincipal() == null) {
            boolean badToken = request.getAttribute(MomentVerseAuthenticationMechanism.INVALID_TOKEN) != null;
            return Response.fromResponse(Problems.response(ProblemType.UNAUTHENTICATED, badToken
                            ? "The access token is invalid, expired or revoked."
                            : "Sign in, or send an access token (Authorization: Bearer).", path))
                    .header("WWW-Authenticate", badToken ? "Bearer error=\"invalid_token\"" : "Bearer").build();
        }
        return Problems.response(ProblemType.FORBIDDEN, "Your account may not do this.", path);
    }

    /** {@code @RolesAllowed} on a JAX-RS resource. */
    @jakarta.ws.rs.ext.Provider
    public static class ResourceMapper implements jakarta.ws.rs.ext.ExceptionMapper<jakarta.ws.rs.ForbiddenException> {
        @Context
        SecurityContext security;
        @Context
        UriInfo uriInfo;
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(jakarta.ws.rs.ForbiddenException exception) {
            return answer(security, uriInfo, request);
        }
    }

    /** {@code @RolesAllowed} on an EJB. */
    @jakarta.ws.rs.ext.Provider
    public static class EjbMapper implements jakarta.ws.rs.ext.ExceptionMapper<EJBAccessException> {
        @Context
        SecurityContext security;
        @Context
        UriInfo uriInfo;
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(EJBAccessException exception) {
            return answer(security, uriInfo, request);
        }
    }
}

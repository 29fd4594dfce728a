package com.momentverse.web;

import com.momentverse.account.EmailUnverifiedException;
import com.momentverse.moment.SpanTakenException;
import com.momentverse.moment.StarTakenException;
import com.momentverse.moment.api.SpanJson;
import com.momentverse.payment.HoldExpiredException;
import com.momentverse.payment.PaymentProviderException;

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

    /** 409 {@code span-taken}, with the nearest free spans of the same length before and after. */
    @Provider
    public static class SpanTaken implements ExceptionMapper<SpanTakenException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(SpanTakenException exception) {
            ProblemType type = ProblemType.SPAN_TAKEN;
            SpanTakenProblem problem = new SpanTakenProblem(type.uri(), type.title(), type.status(),
                    "Another moment already holds part of this span. The nearest free spans of the same length are given.",
                    uriInfo.getRequestUri().getRawPath(), SpanJson.of(exception.getNearestBefore()),
                    SpanJson.of(exception.getNearestAfter()));
            return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
        }
    }

    /** 409 {@code star-taken}: the star is paired with another active moment. */
    @Provider
    public static class StarTaken implements ExceptionMapper<StarTakenException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(StarTakenException exception) {
            return Problems.response(ProblemType.STAR_TAKEN, "This star is already paired with another moment.",
                    uriInfo.getRequestUri().getRawPath());
        }
    }

    /** 403 {@code email-unverified}: checkout needs a verified address. */
    @Provider
    public static class EmailUnverified implements ExceptionMapper<EmailUnverifiedException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(EmailUnverifiedException exception) {
            return Problems.response(ProblemType.EMAIL_UNVERIFIED,
                    "Verify your e-mail address (see the link we sent) before checkout.",
                    uriInfo.getRequestUri().getRawPath());
        }
    }

    /** 409 {@code hold-expired}: the hold ran out before payment. */
    @Provider
    public static class HoldExpired implements ExceptionMapper<HoldExpiredException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(HoldExpiredException exception) {
            return Problems.response(ProblemType.HOLD_EXPIRED,
                    "The hold on this moment ran out before payment; claim it again if it is still free.",
                    uriInfo.getRequestUri().getRawPath());
        }
    }

    /** 502 {@code payment-provider}: Stripe failed; the log has its error, the client a fixed text. */
    @Provider
    public static class PaymentProvider implements ExceptionMapper<PaymentProviderException> {
        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(PaymentProviderException exception) {
            return Problems.response(ProblemType.PAYMENT_PROVIDER,
                    "Our payment provider did not answer. Nothing was charged; any hold is kept. Please try again in a moment.",
                    uriInfo.getRequestUri().getRawPath());
        }
    }
}

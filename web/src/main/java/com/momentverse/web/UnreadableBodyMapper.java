package com.momentverse.web;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * A request body that is not the JSON the endpoint takes (malformed, or of the wrong shape):
 * 400 {@code validation} on the body. RESTEasy reports it as a {@link ProcessingException}
 * caused by JSON-B or JSON-P; any other processing failure is ours, answered as {@code internal}.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessingException exception) {
        String path = uriInfo.getRequestUri().getRawPath();
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problems.validation(path,
                        List.of(new Problem.FieldError("body", "is not valid JSON of the expected shape")));
            }
        }
        LOG.error("Unexpected processing error answering " + path, exception);
        return Problems.response(ProblemType.INTERNAL,
                "The request could not be completed. Quote the X-Request-Id header if you contact us.", path);
    }
}

package com.momentverse.web;

import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds problem+json responses; the exception mappers all answer through here. */
public final class Problems {

    private Problems() {
    }

    public static Response response(ProblemType type, int status, String detail, String instance,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, instance, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(ProblemType type, String detail, String instance) {
        return response(type, type.status(), detail, instance, null);
    }

    public static Response validation(String instance, List<Problem.FieldError> errors) {
        return response(ProblemType.VALIDATION, ProblemType.VALIDATION.status(),
                "Some input is not valid; see errors.", instance, errors);
    }
}

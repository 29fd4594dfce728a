package com.momentverse.web;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a problem+json answer from a servlet filter, where JAX-RS (and so {@link Problems} and
 * the exception mappers) is not reached: a request refused before it gets to a resource still
 * answers in the shape of the API contract. The body is written with JSON-P, so the path in
 * {@code instance} is escaped like any other JSON string.
 */
public final class ServletProblems {

    /** Looked up once: {@code JsonProvider.provider()} searches the class path on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ServletProblems() {
    }

    /** Answers {@code type}'s status with a problem that has no field errors. */
    public static void write(HttpServletResponse response, ProblemType type, String detail, String instance)
            throws IOException {
        write(response, new Problem(type.uri(), type.title(), type.status(), detail, instance, null));
    }

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        byte[] body = toJson(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        // No charset parameter: JSON is UTF-8 by definition (RFC 8259), as the API's other answers say it.
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String toJson(Problem problem) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status());
        addOrNull(json, "detail", problem.detail());
        addOrNull(json, "instance", problem.instance());
        if (problem.errors() != null) {
            var errors = JSON.createArrayBuilder();
            problem.errors().forEach(error -> errors.add(JSON.createObjectBuilder()
                    .add("field", error.field())
                    .add("message", error.message())));
            json.add("errors", errors);
        }
        return json.build().toString();
    }

    /** The API writes a member without a value as {@code null} rather than leaving it out. */
    private static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}

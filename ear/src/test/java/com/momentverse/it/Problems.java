package com.momentverse.it;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;

import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** RFC 9457 problems as API.md ("Conventions") describes them. */
public final class Problems {

    private Problems() {
    }

    /** The answer is a problem of this status and type, with a title and no internals. */
    public static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonObject problem = json(response);
        assertThat(problem.getString("type")).isEqualTo(type);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

package com.momentverse.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServletProblemsTest {

    @Test
    void writesTheProblemAsTheApiDoes() throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();

        ServletProblems.write(response.servlet(), ProblemType.RATE_LIMITED, "Slow down.", "/api/v1/stars");

        assertThat(response.status()).isEqualTo(429);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(json.getString("type")).isEqualTo("/problems/rate-limited");
        assertThat(json.getString("title")).isEqualTo("Too many requests");
        assertThat(json.getInt("status")).isEqualTo(429);
        assertThat(json.getString("detail")).isEqualTo("Slow down.");
        assertThat(json.getString("instance")).isEqualTo("/api/v1/stars");
        assertThat(json).doesNotContainKey("errors");
    }

    @Test
    void escapesWhatCameFromTheRequestAndWritesMissingValuesAsNull() {
        String json = ServletProblems.toJson(new Problem("/problems/validation", "t", 400, null,
                "/api/v1/\"<script>", List.of(new Problem.FieldError("q", "is \"wrong\""))));

        JsonObject parsed = Json.createReader(new StringReader(json)).readObject();
        assertThat(parsed.getString("instance")).isEqualTo("/api/v1/\"<script>");
        assertThat(parsed.isNull("detail")).isTrue();
        assertThat(parsed.getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("is \"wrong\"");
    }
}

package com.momentverse.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.momentverse.it.Http.MANAGEMENT;
import static com.momentverse.it.Http.get;
import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** What operators rely on: health, metrics, the OpenAPI document, JSON logs with request ids. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void readinessChecksTheRealDatabase() {
        HttpResponse<String> response = get(MANAGEMENT, "health/ready");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject database = check(health, "database");
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("product")).isEqualTo("PostgreSQL");
        // Mail and cache report their state without ever taking the node out.
        JsonObject mail = check(health, "mail");
        assertThat(mail.getString("status")).isEqualTo("UP");
        assertThat(mail.getJsonObject("data").getString("delivery")).isEqualTo("smtp");
        assertThat(mail.getJsonObject("data").getJsonNumber("failed").longValue()).isZero();
        JsonObject cache = check(health, "cache");
        assertThat(cache.getString("status")).isEqualTo("UP");
        assertThat(cache.getJsonObject("data").getString("backend"))
                .isEqualTo(System.getProperty("mv.it.redis.url", "").isBlank() ? "in-process" : "redis");
    }

    @Test
    void startupIsUpOnlyAfterTheMigration() {
        JsonObject health = json(get(MANAGEMENT, "health/started"));
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(check(health, "schema-migration").getString("status")).isEqualTo("UP");
        assertThat(json(get(MANAGEMENT, "health/live")).getString("status")).isEqualTo("UP");
    }

    @Test
    void metricsArePrometheusTextWithServerAndApplicationMetrics() {
        get("api/v1/stars?q=Polaris");
        HttpResponse<String> response = get(MANAGEMENT, "metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("# TYPE ")
                .containsPattern("(?m)^datasources_pool_[a-z_]+\\{.*name=\"MomentVerseDS\"")
                .containsPattern("(?m)^mv_star_search_seconds_count\\{.*\\} [1-9]");
    }

    @Test
    void openApiDocumentsTheStarEndpoints() {
        HttpResponse<String> response = get("openapi");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("openapi: 3.").contains("/api/v1/stars:").contains("/api/v1/stars/{hip}:")
                .contains("/api/v1/ping:");
    }

    @Test
    void logsAreJsonLinesThatCarryTheRequestId() throws Exception {
        String requestId = "it-" + UUID.randomUUID();
        assertThat(get("api/v1/stars?q=Deneb", "X-Request-Id", requestId).statusCode()).isEqualTo(200);

        Path logs = Path.of(System.getProperty("mv.it.server.base"), "log");
        JsonObject line = awaitJsonLine(logs.resolve("access.log"), requestId);
        // The path without its query string: queries can carry tokens (verify-email links), so the
        // access log never records them.
        assertThat(line.getString("message")).contains("GET /api/v1/stars HTTP").doesNotContain("Deneb")
                .contains(" 200 ");
        assertThat(line.getString("level")).isEqualTo("INFO");

        for (String serverLine : Files.readAllLines(logs.resolve("server.log"), StandardCharsets.UTF_8)) {
            if (!serverLine.isBlank()) {
                parse(serverLine); // every line of the server log is one JSON object
            }
        }
    }

    private static JsonObject awaitJsonLine(Path file, String containing) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (String line : lines) {
                    if (line.contains(containing)) {
                        return parse(line);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no log line in " + file + " mentions " + containing);
    }

    private static JsonObject parse(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    private static JsonObject check(JsonObject health, String name) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no health check named " + name + " in " + health));
    }
}

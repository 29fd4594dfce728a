package com.momentverse.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static com.momentverse.it.Api.json;
import static com.momentverse.it.Http.json;
import static com.momentverse.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status page and API, notices, maintenance windows (PRODUCT.md "Operations and trust") and
 * the legal pages. A maintenance notice is written in the database as the admin page writes it;
 * each node reads notices again within 5 seconds, which the test waits out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatusIT {

    private static final long NOTICE_DELAY_MILLIS = 6_000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theStatusApiAndPageShowEveryComponent() {
        HttpResponse<String> response = Api.anonymous().get("api/v1/status");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject status = json(response);
        assertThat(status.getString("status")).isIn("UP", "DEGRADED");
        assertThat(status.getJsonObject("components").keySet()).containsExactly("database", "cache", "mail", "payments");
        assertThat(status.getJsonObject("components").getJsonObject("database").getString("status")).isEqualTo("UP");
        assertThat(status.getJsonArray("notices")).isNotNull();

        HttpResponse<String> page = Http.get("status");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Moments, orders and accounts").contains("E-mail").contains("Payments");
    }

    @Test
    void legalPagesAreLinkedFromEveryPage() {
        for (String path : new String[] {"terms", "privacy", "refund-policy"}) {
            HttpResponse<String> page = Http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<p>");
            assertThat(Http.get("").body()).contains("href=\"/" + path + "\"");
        }
        assertThat(Http.get("refund-policy").body()).contains("REVOKED");
    }

    @Test
    void duringMaintenanceApiWritesWaitWhileReadsSignInWebhooksAndAdministrationGoOn() throws Exception {
        Api user = TestUsers.shared("status-user"); // registered before the window: registering is a write
        UUID id = UUID.randomUUID();
        Instant end = Instant.now().plusSeconds(600);
        Sql.update("INSERT INTO status_notice (id, kind, title, message, starts_at, ends_at, published_at, published_by)"
                + " VALUES (?::uuid, 'MAINTENANCE', 'Database upgrade', 'Back soon.', now() - interval '1 minute', ?, now(), 'it')",
                id.toString(), java.sql.Timestamp.from(end));
        try {
            Thread.sleep(NOTICE_DELAY_MILLIS);
            JsonObject status = json(Api.anonymous().get("api/v1/status"));
            assertThat(status.getString("status")).isEqualTo("MAINTENANCE");
            assertThat(status.getJsonArray("notices").getJsonObject(0).getString("title")).isEqualTo("Database upgrade");

            // Writes wait, with how long to wait.
            HttpResponse<String> refused = user.post("api/v1/quotes",
                    json("start", "2001-01-01T00:00:00Z", "end", "2001-01-01T00:01:00Z"));
            assertProblem(refused, 503, "/problems/maintenance");
            long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertThat(retryAfter).isBetween(500L, 600L);
            assertProblem(Api.anonymous().post("api/v1/auth/register", json("name", "N", "email", "m@example.test",
                    "password", "whatever whatever 1")), 503, "/problems/maintenance");

            // Reads, sign-in, administration and Stripe's webhooks go on.
            assertThat(Api.anonymous().get("api/v1/stars?limit=1").statusCode()).isEqualTo(200);
            assertThat(Api.anonymous().post("api/v1/auth/token", json("email", TestUsers.newEmail("nobody"),
                    "password", "wrong password here")).statusCode()).isEqualTo(401);
            assertProblem(TestUsers.sharedAdmin().post("api/v1/admin/certificates/" + Certificates.unknownNumber() + "/regenerate", null),
                    404, "/problems/not-found");
            assertThat(Api.anonymous().postBytes("api/v1/payments/stripe/webhook", "{}".getBytes(), "application/json")
                    .statusCode()).isNotEqualTo(503);

            // Every page carries the banner.
            assertThat(Http.get("").body()).contains("banner-maintenance").contains("Database upgrade");
            assertThat(Http.get("stars").body()).contains("Database upgrade");
        } finally {
            Sql.update("UPDATE status_notice SET ended_at = now() WHERE id = ?::uuid", id.toString());
            Thread.sleep(NOTICE_DELAY_MILLIS);
        }
        assertThat(json(Api.anonymous().get("api/v1/status")).getString("status")).isNotEqualTo("MAINTENANCE");
        assertThat(Http.get("").body()).doesNotContain("Database upgrade");
        HttpResponse<String> quote = TestUsers.shared("status-user").post("api/v1/quotes",
                json("start", "2001-01-01T00:00:00Z", "end", "2001-01-01T00:01:00Z"));
        assertThat(quote.statusCode()).as(quote.body()).isEqualTo(200);
    }
}

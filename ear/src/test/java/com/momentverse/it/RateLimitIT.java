package com.momentverse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;

import static com.momentverse.it.Api.json;
import static com.momentverse.it.StarApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request limits of PRODUCT.md at their default values (API 200/min, register 5/h per
 * address), with the RateLimit headers, and CORS for the configured origin only. Through
 * Redis when the build gives the server MV_REDIS_URL (CI), in-process otherwise.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RateLimitIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theApiAllows200RequestsAMinutePerAddress() {
        Api client = Api.anonymous();
        long started = System.nanoTime();
        HttpResponse<String> limited = null;
        int allowed = 0;
        long previous = Long.MAX_VALUE;
        while (limited == null && allowed < 400) {
            HttpResponse<String> response = client.get("api/v1/ping");
            if (response.statusCode() == 429) {
                limited = response;
                break;
            }
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("RateLimit-Limit")).hasValue("200");
            long remaining = Long.parseLong(response.headers().firstValue("RateLimit-Remaining").orElseThrow());
            assertThat(remaining).isLessThanOrEqualTo(previous); // tokens come back gradually (greedy refill)
            previous = remaining;
            assertThat(Long.parseLong(response.headers().firstValue("RateLimit-Reset").orElseThrow())).isBetween(0L, 60L);
            allowed++;
        }
        // 200 at once, plus what refilled (200 a minute) while the requests ran.
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(limited).as("no 429 after " + allowed + " requests").isNotNull();
        assertThat(allowed).isBetween(200, 200 + (int) Math.ceil(seconds * 200 / 60) + 1);
        assertProblem(limited, 429, "/problems/rate-limited");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(limited.headers().firstValue("RateLimit-Remaining")).hasValue("0");
        // Another address is not affected.
        assertThat(Api.anonymous().get("api/v1/ping").statusCode()).isEqualTo(200);
    }

    @Test
    void registrationAllowsFiveAttemptsAnHourPerAddress() {
        Api client = Api.anonymous();
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> response = client.post("api/v1/auth/register",
                    json("name", "Spammer", "email", TestUsers.newEmail("spam"), "password", "too short"));
            assertThat(response.statusCode()).as("attempt " + i).isEqualTo(400);
        }
        HttpResponse<String> limited = client.post("api/v1/auth/register",
                json("name", "Spammer", "email", TestUsers.newEmail("spam"), "password", TestUsers.PASSWORD));
        assertProblem(limited, 429, "/problems/rate-limited");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        // Reading is still allowed for that address.
        assertThat(client.get("api/v1/stars/32349").statusCode()).isEqualTo(200);
    }

    @Test
    void corsAnswersOnlyTheConfiguredOrigin() {
        Api client = Api.anonymous();
        HttpResponse<String> preflight = client.send("OPTIONS", "api/v1/me", null,
                "Origin", "https://app.example.test", "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "Authorization");
        assertThat(preflight.statusCode()).isIn(200, 204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.test");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(h -> assertThat(h).containsIgnoringCase("Authorization"));

        HttpResponse<String> simple = client.get("api/v1/stars/32349", "Origin", "https://app.example.test");
        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.test");

        HttpResponse<String> evil = client.get("api/v1/stars/32349", "Origin", "https://evil.example");
        assertThat(evil.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> evilPreflight = client.send("OPTIONS", "api/v1/me", null,
                "Origin", "https://evil.example", "Access-Control-Request-Method", "GET");
        assertThat(evilPreflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}

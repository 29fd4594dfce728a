package com.momentverse.web.ratelimit;

import com.momentverse.web.FakeHttp;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private static final String CLIENT = "198.51.100.4";
    private static final String PROXY = "10.0.0.2";
    private static final String ALICE = "6f1d2a3b-0000-4000-8000-000000000001";
    private static final String BOB = "6f1d2a3b-0000-4000-8000-000000000002";

    private final ManualClock clock = new ManualClock();

    @Test
    void theApiLimitRefusesExactlyTheRequestAfterTheCapacity() throws Exception {
        RateLimitFilter filter = filter(RateLimits.of(true, 200, 5, 60), Optional.empty());

        long previousReset = 0;
        for (int i = 1; i <= 200; i++) {
            Exchange ok = send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(CLIENT));
            assertThat(ok.chain.reached()).as("request %d", i).isTrue();
            assertThat(ok.response.header("RateLimit-Limit")).isEqualTo("200");
            assertThat(ok.response.header("RateLimit-Remaining")).isEqualTo(Integer.toString(200 - i));
            long reset = Long.parseLong(ok.response.header("RateLimit-Reset"));
            assertThat(reset).isGreaterThanOrEqualTo(previousReset).isBetween(0L, 60L);
            previousReset = reset;
            assertThat(ok.response.header("Retry-After")).isNull();
        }

        Exchange refused = send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(CLIENT));

        assertThat(refused.chain.reached()).isFalse();
        assertThat(refused.response.status()).isEqualTo(429);
        assertThat(refused.response.contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(refused.response.header("Retry-After"))).isGreaterThanOrEqualTo(1);
        assertThat(refused.response.header("RateLimit-Limit")).isEqualTo("200");
        assertThat(refused.response.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.response.header("RateLimit-Reset")).isEqualTo("60");
        JsonObject problem = Json.createReader(new StringReader(refused.response.body())).readObject();
        assertThat(problem.getString("type")).isEqualTo("/problems/rate-limited");
        assertThat(problem.getString("title")).isEqualTo("Too many requests");
        assertThat(problem.getInt("status")).isEqualTo(429);
        assertThat(problem.getString("detail")).contains("200 per minute");
        assertThat(problem.getString("instance")).isEqualTo("/api/v1/stars");
    }

    @Test
    void anotherAddressHasItsOwnBucket() throws Exception {
        RateLimitFilter filter = filter(RateLimits.of(true, 2, 5, 60), Optional.empty());
        send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(CLIENT));
        send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(CLIENT));

        assertThat(send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(CLIENT)).response.status())
                .isEqualTo(429);
        assertThat(send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from("198.51.100.5")).chain.reached())
                .isTrue();
    }

    @Test
    void registrationsAreLimitedApartFromTheApi() throws Exception {
        RateLimitFilter filter = filter(RateLimits.of(true, 200, 5, 60), Optional.empty());
        for (int i = 1; i <= 5; i++) {
            Exchange ok = send(filter, FakeHttp.Request.of("POST", "/api/v1/auth/register").from(CLIENT));
            assertThat(ok.chain.reached()).as("registration %d", i).isTrue();
            // The answer carries the API limit's headers, as every API answer does.
            assertThat(ok.response.header("RateLimit-Limit")).isEqualTo("200");
            assertThat(ok.response.header("RateLimit-Remaining")).isEqualTo(Integer.toString(200 - i));
        }

        Exchange refused = send(filter, FakeHttp.Request.of("POST", "/api/v1/auth/register").from(CLIENT));

        assertThat(refused.chain.reached()).isFalse();
        assertThat(refused.response.status()).isEqualTo(429);
        assertThat(refused.response.header("RateLimit-Limit")).isEqualTo("5");
        assertThat(refused.response.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.response.header("RateLimit-Reset")).isEqualTo("3600");
        assertThat(refused.response.header("Retry-After")).isEqualTo("720"); // one registration per 12 minutes
        assertThat(refused.response.body()).contains("5 per hour").contains("/api/v1/auth/register");

        Exchange read = send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(CLIENT));
        assertThat(read.chain.reached()).isTrue();
        assertThat(read.response.header("RateLimit-Limit")).isEqualTo("200");
        assertThat(read.response.header("RateLimit-Remaining")).isEqualTo("193");
        assertThat(send(filter, FakeHttp.Request.of("POST", "/api/v1/auth/register").from("198.51.100.5"))
                .chain.reached()).isTrue();
    }

    @Test
    void theRegistrationPageCountsAgainstTheSameLimit() throws Exception {
        RateLimitFilter filter = filter(RateLimits.of(true, 200, 5, 60), Optional.empty());
        for (int i = 0; i < 3; i++) {
            assertThat(send(filter, FakeHttp.Request.of("POST", "/api/v1/auth/register").from(CLIENT))
                    .chain.reached()).isTrue();
        }
        Exchange page = send(filter, FakeHttp.Request.of("POST", "/register").from(CLIENT));
        assertThat(page.chain.reached()).isTrue();
        assertThat(page.response.headerNames()).as("a page is not an API answer").isEmpty();
        assertThat(send(filter, FakeHttp.Request.of("POST", "/register.xhtml").from(CLIENT)).chain.reached()).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(send(filter, FakeHttp.Request.of("GET", "/register").from(CLIENT)).chain.reached())
                    .as("showing the form is not registering").isTrue();
        }

        Exchange refused = send(filter, FakeHttp.Request.of("POST", "/register").from(CLIENT));

        assertThat(refused.chain.reached()).isFalse();
        assertThat(refused.response.status()).isEqualTo(429);
        assertThat(refused.response.header("RateLimit-Limit")).isEqualTo("5");
        assertThat(refused.response.header("Retry-After")).isEqualTo("720");
        // A person reads this answer: a page that says how long to wait, not problem JSON.
        assertThat(refused.response.contentType()).startsWith("text/html");
        assertThat(refused.response.body()).contains("Too many attempts").contains("12 minutes").doesNotContain("\"instance\"");
    }

    @Test
    void aRegistrationByAnotherSpellingOfThePathIsStillCounted() throws Exception {
        RateLimitFilter filter = filter(RateLimits.of(true, 200, 1, 60), Optional.empty());
        send(filter, FakeHttp.Request.of("POST", "/api/v1/auth/register").from(CLIENT));

        assertThat(send(filter, FakeHttp.Request.of("POST", "/api/v1/auth/register/").from(CLIENT))
                .response.status()).isEqualTo(429);
        assertThat(send(filter, FakeHttp.Request.of("POST", "/api/v1/auth//register").from(CLIENT))
                .response.status()).isEqualTo(429);
    }

    @Test
    void offTurnsTheLimitsAndTheirHeadersOff() throws Exception {
        RateLimitFilter filter = filter(RateLimits.of(false, 2, 1, 1), Optional.empty());

        for (int i = 0; i < 10; i++) {
            Exchange api = send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(CLIENT));
            Exchange register = send(filter, FakeHttp.Request.of("POST", "/api/v1/auth/register").from(CLIENT));
            assertThat(api.chain.reached()).isTrue();
            assertThat(register.chain.reached()).isTrue();
            assertThat(api.response.headerNames()).isEmpty();
            assertThat(register.response.headerNames()).isEmpty();
        }
    }

    @Test
    void xForwardedForFromAnUntrustedPeerDoesNotEscapeTheLimit() throws Exception {
        RateLimitFilter filter = filter(RateLimits.of(true, 3, 5, 60), Optional.of(PROXY));

        for (int i = 0; i < 3; i++) {
            assertThat(send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(CLIENT)
                    .header("X-Forwarded-For", "192.0.2." + i)).chain.reached()).isTrue();
        }
        assertThat(send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(CLIENT)
                .header("X-Forwarded-For", "192.0.2.99")).response.status()).isEqualTo(429);
    }

    @Test
    void xForwardedForFromATrustedProxyTellsClientsApart() throws Exception {
        RateLimitFilter filter = filter(RateLimits.of(true, 3, 5, 60), Optional.of(PROXY));

        for (int i = 0; i < 3; i++) {
            send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY).header("X-Forwarded-For", "192.0.2.1"));
        }

        assertThat(send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY)
                .header("X-Forwarded-For", "192.0.2.1")).response.status()).isEqualTo(429);
        Exchange other = send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY)
                .header("X-Forwarded-For", "192.0.2.2"));
        assertThat(other.chain.reached()).isTrue();
        assertThat(other.response.header("RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    void likesAreLimitedPerPersonWhereverTheyComeFrom() throws Exception {
        RateLimitFilter filter = filter(RateLimits.of(true, 200, 5, 60), Optional.empty());
        String like = "/api/v1/moments/0b6f3c52-8c1e-4d3a-9f0e-5a1c2b3d4e5f/like";
        for (int i = 1; i <= 60; i++) {
            String method = i % 2 == 0 ? "DELETE" : "PUT";
            // One person, from many devices: one bucket.
            Exchange ok = send(filter, FakeHttp.Request.of(method, like).from("198.51.100." + i).as(ALICE));
            assertThat(ok.chain.reached()).as("like %d", i).isTrue();
            assertThat(ok.response.header("RateLimit-Limit")).as("API headers on an answer that goes on").isEqualTo("200");
        }

        Exchange refused = send(filter, FakeHttp.Request.of("PUT", like).from(CLIENT).as(ALICE));

        assertThat(refused.chain.reached()).isFalse();
        assertThat(refused.response.status()).isEqualTo(429);
        assertThat(refused.response.header("RateLimit-Limit")).isEqualTo("60");
        assertThat(refused.response.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.response.header("Retry-After")).isEqualTo("1");
        assertThat(refused.response.body()).contains("/problems/rate-limited").contains("60 per minute from your account");

        assertThat(send(filter, FakeHttp.Request.of("PUT", like).from(CLIENT).as(BOB)).chain.reached())
                .as("another person").isTrue();
        assertThat(send(filter, FakeHttp.Request.of("GET", like.replace("/like", "")).from(CLIENT).as(ALICE)).chain.reached())
                .as("reading is not liking").isTrue();
        assertThat(send(filter, FakeHttp.Request.of("PUT", like).from(CLIENT)).chain.reached())
                .as("not signed in: the resource answers 401").isTrue();
    }

    @Test
    void reportsAreLimitedPerAddressApartFromTheApi() throws Exception {
        RateLimitFilter filter = filter(RateLimits.of(true, 200, 5, 60, 3), Optional.empty());
        String reports = "/api/v1/moments/0b6f3c52-8c1e-4d3a-9f0e-5a1c2b3d4e5f/reports";
        for (int i = 1; i <= 3; i++) {
            // Signed in or not, one address: one bucket.
            FakeHttp.Request request = FakeHttp.Request.of("POST", reports).from(CLIENT);
            assertThat(send(filter, i == 2 ? request.as(ALICE) : request).chain.reached()).as("report %d", i).isTrue();
        }

        Exchange refused = send(filter, FakeHttp.Request.of("POST", reports.replace("0b6f", "1c7a")).from(CLIENT));

        assertThat(refused.chain.reached()).as("another moment, the same address").isFalse();
        assertThat(refused.response.status()).isEqualTo(429);
        assertThat(refused.response.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(refused.response.header("Retry-After")).isEqualTo("1200"); // one report per 20 minutes
        assertThat(refused.response.body()).contains("3 per hour from your address");
        assertThat(send(filter, FakeHttp.Request.of("POST", reports).from("198.51.100.5")).chain.reached())
                .as("another address").isTrue();
        assertThat(send(filter, FakeHttp.Request.of("GET", "/api/v1/stars").from(CLIENT)).chain.reached())
                .as("reading goes on").isTrue();
    }

    @Test
    void aFailingStoreLetsRequestsThroughWithoutHeaders() throws Exception {
        RateLimitFilter filter = new RateLimitFilter();
        filter.meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        filter.limits = RateLimits.of(true, 1, 1, 1);
        filter.limiter = new FailOpenRateLimiter((limit, key) -> {
            throw new IllegalStateException("Redis is down");
        }, "Redis at test:6379", clock);
        filter.trustedProxies = Optional.empty();
        filter.init();

        for (int i = 0; i < 5; i++) {
            Exchange exchange = send(filter, FakeHttp.Request.of("POST", "/api/v1/auth/register").from(CLIENT));
            assertThat(exchange.chain.reached()).isTrue();
            assertThat(exchange.response.headerNames()).isEmpty();
        }
    }

    private RateLimitFilter filter(RateLimits limits, Optional<String> trustedProxies) {
        RateLimitFilter filter = new RateLimitFilter();
        filter.meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        filter.limits = limits;
        filter.limiter = new InProcessRateLimiter(1000, clock);
        filter.trustedProxies = trustedProxies;
        filter.init();
        return filter;
    }

    private static Exchange send(RateLimitFilter filter, FakeHttp.Request request) throws Exception {
        Exchange exchange = new Exchange();
        filter.doFilter(request.build(), exchange.response.servlet(), exchange.chain);
        return exchange;
    }

    private static final class Exchange {
        final FakeHttp.Response response = new FakeHttp.Response();
        final FakeHttp.Chain chain = new FakeHttp.Chain();
    }
}

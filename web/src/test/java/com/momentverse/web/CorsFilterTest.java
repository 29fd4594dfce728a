package com.momentverse.web;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CorsFilterTest {

    private static final String APP = "https://app.example.com";

    private final FakeHttp.Response response = new FakeHttp.Response();
    private final FakeHttp.Chain chain = new FakeHttp.Chain();

    @Test
    void anAllowedOriginMayReadTheAnswerAndItsHeaders() throws Exception {
        filter(APP + ", https://other.example.org").doFilter(
                FakeHttp.Request.of("GET", "/api/v1/stars").header("Origin", APP).build(), response.servlet(), chain);

        assertThat(chain.reached()).isTrue();
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(response.header("Vary")).isEqualTo("Origin");
        assertThat(response.header("Access-Control-Expose-Headers"))
                .isEqualTo("X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After");
        assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void aPreflightOfAnAllowedOriginIsAnsweredWithoutReachingTheApi() throws Exception {
        filter(APP).doFilter(FakeHttp.Request.of("OPTIONS", "/api/v1/moments")
                .header("Origin", APP)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .build(), response.servlet(), chain);

        assertThat(chain.reached()).isFalse();
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(response.header("Vary")).isEqualTo("Origin");
        assertThat(response.header("Access-Control-Allow-Methods")).isEqualTo("GET, POST, PUT, PATCH, DELETE");
        assertThat(response.header("Access-Control-Allow-Headers")).isEqualTo("Authorization, Content-Type, X-Request-Id");
        assertThat(response.header("Access-Control-Expose-Headers"))
                .isEqualTo("X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After");
        assertThat(response.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(response.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void anotherOriginGetsNoCorsHeaders() throws Exception {
        filter(APP).doFilter(FakeHttp.Request.of("GET", "/api/v1/stars")
                .header("Origin", "https://evil.example.net").build(), response.servlet(), chain);

        assertThat(chain.reached()).isTrue();
        assertThat(corsHeaders()).isEmpty();
    }

    @Test
    void aPreflightOfAnotherOriginIsRefused() throws Exception {
        filter(APP).doFilter(FakeHttp.Request.of("OPTIONS", "/api/v1/moments")
                .header("Origin", "https://app.example.com.evil.net")
                .header("Access-Control-Request-Method", "DELETE").build(), response.servlet(), chain);

        assertThat(chain.reached()).isFalse();
        assertThat(response.status()).isEqualTo(403);
        assertThat(corsHeaders()).isEmpty();
    }

    @Test
    void originsMatchExactly() throws Exception {
        CorsFilter filter = filter(APP);
        for (String near : new String[] {"http://app.example.com", "https://app.example.com:8443",
                "https://APP.example.com", "https://app.example.co", "null"}) {
            FakeHttp.Response answer = new FakeHttp.Response();
            filter.doFilter(FakeHttp.Request.of("GET", "/api/v1/stars").header("Origin", near).build(),
                    answer.servlet(), chain);
            assertThat(answer.header("Access-Control-Allow-Origin")).as(near).isNull();
        }
    }

    @Test
    void noOriginIsAllowedByDefault() throws Exception {
        filter(null).doFilter(FakeHttp.Request.of("OPTIONS", "/.well-known/jwks.json")
                .header("Origin", APP)
                .header("Access-Control-Request-Method", "GET").build(), response.servlet(), chain);

        assertThat(response.status()).isEqualTo(403);
        assertThat(corsHeaders()).isEmpty();
    }

    @Test
    void aWildcardOrNullInTheSettingAllowsNothing() throws Exception {
        CorsFilter filter = filter("*, null");
        filter.doFilter(FakeHttp.Request.of("GET", "/api/v1/stars").header("Origin", APP).build(),
                response.servlet(), chain);
        FakeHttp.Response nullOrigin = new FakeHttp.Response();
        filter.doFilter(FakeHttp.Request.of("GET", "/api/v1/stars").header("Origin", "null").build(),
                nullOrigin.servlet(), chain);

        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
        assertThat(nullOrigin.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aSameOriginRequestWithoutOriginPassesUntouched() throws Exception {
        filter(APP).doFilter(FakeHttp.Request.of("GET", "/api/v1/stars").build(), response.servlet(), chain);

        assertThat(chain.reached()).isTrue();
        assertThat(corsHeaders()).isEmpty();
        assertThat(response.header("Vary")).isEqualTo("Origin");
    }

    @Test
    void anOptionsRequestThatIsNotAPreflightReachesTheApi() throws Exception {
        filter(APP).doFilter(FakeHttp.Request.of("OPTIONS", "/api/v1/stars").header("Origin", APP).build(),
                response.servlet(), chain);

        assertThat(chain.reached()).isTrue();
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(response.header("Access-Control-Allow-Methods")).isNull();
    }

    private java.util.List<String> corsHeaders() {
        return response.headerNames().stream().filter(name -> name.startsWith("access-control-")).toList();
    }

    private static CorsFilter filter(String origins) {
        CorsFilter filter = new CorsFilter();
        filter.originsSetting = Optional.ofNullable(origins);
        filter.init();
        return filter;
    }
}

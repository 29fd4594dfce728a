package com.momentverse.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Cross-origin access to the API and {@code /.well-known/} (mapped in web.xml) for the origins
 * listed in {@code mv.cors.origins} (exact origins such as {@code https://app.example.com},
 * separated by commas; none by default), and for no one else.
 *
 * <p>A listed origin gets {@code Access-Control-Allow-Origin} with itself (never {@code *}) and
 * the headers it may read ({@code X-Request-Id}, the rate-limit headers); its preflight is
 * answered here, 204 with the methods and request headers the API takes, and never reaches
 * JAX-RS or the rate limits. Credentials are not allowed: API clients send a bearer token, and
 * the session cookie of the pages must not be usable from another origin. Any other origin gets
 * no CORS header, so browsers keep its scripts from reading answers, and its preflight is
 * refused with 403. Every answer of these paths says it varies by {@code Origin}, for caches.
 */
public class CorsFilter extends HttpFilter {

    static final String ORIGIN = "Origin";
    static final String REQUEST_METHOD = "Access-Control-Request-Method";
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";

    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String REQUEST_HEADERS = "Authorization, Content-Type, X-Request-Id";
    static final String EXPOSED = "X-Request-Id, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After";
    /** Seconds a browser may reuse a preflight answer. */
    static final String PREFLIGHT_MAX_AGE = "600";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CorsFilter.class);

    // Transient: HttpFilter is Serializable by inheritance, but a filter is never serialized.
    @Inject
    @ConfigProperty(name = "mv.cors.origins")
    transient Optional<String> originsSetting;

    /** Each allowed origin, mapped to itself: the header echoes the configured text, not the request's. */
    private transient Map<String, String> allowedOrigins;

    @Override
    public void init() {
        Map<String, String> origins = new LinkedHashMap<>();
        originsSetting.ifPresent(list -> {
            for (String part : list.split(",")) {
                String origin = part.trim();
                if (origin.isEmpty()) {
                    continue;
                }
                if ("*".equals(origin) || "null".equals(origin) || origin.endsWith("/")) {
                    // "*" would open the API to every site; "null" is what sandboxed and file pages send.
                    LOG.warnf("mv.cors.origins: ignoring %s, which is not an exact origin such as "
                            + "https://app.example.com", origin);
                    continue;
                }
                origins.put(origin, origin);
            }
        });
        allowedOrigins = Collections.unmodifiableMap(origins);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // On every answer, with or without Origin: a cache must not hand one origin's answer to another.
        response.addHeader("Vary", ORIGIN);
        String requestOrigin = request.getHeader(ORIGIN);
        if (requestOrigin == null) {
            chain.doFilter(request, response);
            return;
        }
        String origin = allowedOrigins.get(requestOrigin);
        boolean preflight = "OPTIONS".equals(request.getMethod()) && request.getHeader(REQUEST_METHOD) != null;
        if (origin == null) {
            if (preflight) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentLength(0);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(ALLOW_ORIGIN, origin);
        response.setHeader(EXPOSE_HEADERS, EXPOSED);
        if (preflight) {
            response.setHeader(ALLOW_METHODS, METHODS);
            response.setHeader(ALLOW_HEADERS, REQUEST_HEADERS);
            response.setHeader(MAX_AGE, PREFLIGHT_MAX_AGE);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}

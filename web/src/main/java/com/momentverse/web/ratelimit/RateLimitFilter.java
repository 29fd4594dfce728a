package com.momentverse.web.ratelimit;

import com.momentverse.web.ProblemType;
import com.momentverse.web.ClientAddresses;
import com.momentverse.web.ServletProblems;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies the request rate limits (mapped in web.xml to {@code /api/v1/*} and the registration
 * page): every API request takes a token of the {@link RateLimits#api() API limit} for its
 * client address, and a registration, {@code POST /api/v1/auth/register} or the form post of the
 * {@code /register} page, also one of the {@link RateLimits#register() registration limit}, which
 * is counted apart (an address that registers 5 times in an hour may still read the API). A like
 * or unlike ({@code PUT} or {@code DELETE /api/v1/moments/{id}/like}) by a signed-in person also
 * takes one of the {@link RateLimits#likes() likes limit} of that person, wherever they send it
 * from (the caller is known here: the authentication mechanism runs before the filters; an
 * anonymous like is refused by the resource with 401). A report of a moment
 * ({@code POST /api/v1/moments/{id}/reports}) takes one of the {@link RateLimits#reports() reports
 * limit} of its client address.
 *
 * <p>A refused request is answered here, before any resource runs: 429 {@code rate-limited}
 * problem+json with {@code Retry-After} and the {@code RateLimit-*} headers of the limit that
 * refused it. An API request that goes on carries the API limit's {@code RateLimit-*} headers.
 * With {@code mv.rate-limits=off} the filter does nothing at all.
 *
 * <p>Client addresses are those of {@link ClientAddresses} ({@code X-Forwarded-For} believed only
 * from {@code mv.trusted-proxies}). The limiter lets requests through when its store fails.
 */
public class RateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String API_ROOT = "/api/v1";
    private static final String API_PREFIX = API_ROOT + "/";
    /** Where a registration is posted; a page is reachable with and without its extension. */
    /**
     * Stripe's deliveries come from a few addresses in bursts (a backlog after an outage) and are
     * authenticated by their signature: limiting them would only delay payments.
     */
    private static final String STRIPE_WEBHOOK = "/api/v1/payments/stripe/webhook";
    private static final Set<String> REGISTRATION_PATHS = Set.of("/api/v1/auth/register", "/register", "/register.xhtml");
    private static final Pattern LIKE_PATH = Pattern.compile("/api/v1/moments/[0-9a-fA-F-]{36}/like");
    private static final Set<String> LIKE_METHODS = Set.of("PUT", "DELETE");
    private static final Pattern REPORT_PATH = Pattern.compile("/api/v1/moments/[0-9a-fA-F-]{36}/reports");
    private static final String FROM_ADDRESS = "from your address";
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    // Transient: HttpFilter is Serializable by inheritance, but a filter is never serialized.
    @Inject
    transient RateLimits limits;

    @Inject
    transient RateLimiter limiter;

    /** Counts refusals as {@code mv_rate_limit_rejections_total{limit}}. */
    @Inject
    transient MeterRegistry meters;

    @Inject
    @ConfigProperty(name = "mv.trusted-proxies")
    transient Optional<String> trustedProxies;

    private transient ClientAddresses clientAddresses;

    @Override
    public void init() {
        clientAddresses = ClientAddresses.fromSetting(trustedProxies);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!limits.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        String path = path(request);
        String client = clientAddresses.of(request);
        boolean post = "POST".equals(request.getMethod());
        RateLimitDecision api = null;
        if ((path.startsWith(API_PREFIX) || path.equals(API_ROOT)) && !path.equals(STRIPE_WEBHOOK)) {
            api = take(limits.api(), client, FROM_ADDRESS, request, response);
            if (api == null) {
                return;
            }
        }
        if (post && REGISTRATION_PATHS.contains(path) && take(limits.register(), client, FROM_ADDRESS, request, response) == null) {
            return;
        }
        if (post && REPORT_PATH.matcher(path).matches() && take(limits.reports(), client, FROM_ADDRESS, request, response) == null) {
            return;
        }
        Principal user = LIKE_METHODS.contains(request.getMethod()) && LIKE_PATH.matcher(path).matches()
                ? request.getUserPrincipal() : null;
        if (user != null && take(limits.likes(), user.getName(), "from your account", request, response) == null) {
            return;
        }
        if (api != null) {
            RateLimitHeaders.write(response, api);
        }
        chain.doFilter(request, response);
    }

    /**
     * The path inside the application as the container decoded and matched it (servlet path and
     * path info), with repeated and trailing slashes removed, so that {@code //register/} is the
     * registration it reaches.
     */
    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        path = REPEATED_SLASHES.matcher(path).replaceAll("/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    /** Answers 429; {@code whose} says what was counted ("from your address"). */
    /**
     * Takes a token of the limit from the key's bucket: the decision, or null when there was none,
     * and then the request is answered (refused) already.
     */
    private RateLimitDecision take(RateLimit limit, String key, String whose, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        RateLimitDecision decision = limiter.tryAcquire(limit, key);
        if (decision.allowed()) {
            return decision;
        }
        refuse(request, response, limit, decision, whose);
        return null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, RateLimit limit,
            RateLimitDecision decision, String whose) throws IOException {
        meters.counter("mv.rate.limit.rejections", "limit", limit.name()).increment();
        RateLimitHeaders.write(response, decision);
        String detail = "More than " + limit.describe() + " " + whose + ". Try again in "
                + waitInWords(decision.retryAfterSeconds()) + ".";
        if (path(request).startsWith(API_PREFIX)) {
            ServletProblems.write(response, ProblemType.RATE_LIMITED, detail, request.getRequestURI());
            return;
        }
        // A page (the registration form): a person reads the answer, so it is a page too.
        byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>Too many attempts"
                + " · MomentVerse</title></head><body><main><h1>Too many attempts</h1><p>" + detail
                + "</p><p><a href=\"" + request.getContextPath() + "/\">Back to the home page</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(429);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /** "45 seconds", "12 minutes": the wait as a person reads it. */
    static String waitInWords(long seconds) {
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return ((seconds + 59) / 60) + " minutes";
    }
}

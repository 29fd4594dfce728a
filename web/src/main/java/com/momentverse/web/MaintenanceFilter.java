package com.momentverse.web;

import com.momentverse.ops.NoticeBoard;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * During a maintenance window ({@link NoticeBoard}) API writes are answered 503 {@code maintenance}
 * with {@code Retry-After} (seconds until the window's end), so clients wait rather than fail
 * half-way. Reads go on, and so do sign-in, Stripe's webhooks (a payment made before the window
 * must still be fulfilled) and administration (which ends the window).
 */
public class MaintenanceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OPEN_PATHS = Set.of("/api/v1/auth/token", "/api/v1/payments/stripe/webhook");
    private static final String ADMIN_PREFIX = "/api/v1/admin/";

    @Inject
    transient NoticeBoard board;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(request.getMethod()) || isOpen(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> retryAfter = board.maintenanceRetryAfter();
        if (retryAfter.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.get().toSeconds())));
        ServletProblems.write(response, ProblemType.MAINTENANCE,
                "MomentVerse is being maintained; nothing can be changed until it ends. Please try again later.",
                request.getRequestURI());
    }

    private static boolean isOpen(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length()).replaceAll("/{2,}", "/");
        return OPEN_PATHS.contains(path) || path.startsWith(ADMIN_PREFIX);
    }
}

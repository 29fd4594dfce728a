package com.momentverse.web;

import com.momentverse.certificate.view.VerifyPath;
import com.momentverse.moment.view.MomentPath;
import com.momentverse.payment.view.TestCheckoutPath;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Set;

/**
 * Security headers on every response. The Content-Security-Policy of Faces pages comes
 * from PrimeFaces (context parameter {@code primefaces.CSP} in web.xml), which puts a fresh
 * nonce on every script it renders, so pages need no {@code 'unsafe-inline'} for scripts;
 * everything else (the API, static files) gets a policy that allows nothing to run.
 * HSTS only in production ({@code MV_PRODUCTION=true}), where the site is served over HTTPS.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /**
     * Servlets whose answers are Faces pages: the Faces servlet, and those that forward to a page
     * (so PrimeFaces sends the page's policy). Others get the policy that allows nothing.
     */
    private static final Set<String> PAGE_SERVLETS = Set.of("FacesServlet", TestCheckoutPath.NAME, VerifyPath.NAME,
            MomentPath.NAME);
    /** The policy of everything but pages; a page servlet that also answers otherwise (a picture) sets it itself. */
    public static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Inject
    @ConfigProperty(name = "mv.production")
    boolean production;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!PAGE_SERVLETS.contains(request.getHttpServletMapping().getServletName())) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        if (production) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}

package com.momentverse.payment.view;

import com.momentverse.web.PathPageServlet;
import jakarta.servlet.annotation.WebServlet;

import java.util.Optional;
import java.util.UUID;

/**
 * Serves {@code /checkout/test/{orderId}} (the address the order's checkout link gives) with the
 * Faces page {@code /checkout/test-order.xhtml}, the order id as its {@code order} parameter.
 * The page's form posts back to the same address ({@code o:form useRequestURI}), so postbacks
 * come through here too. Anything after {@code /checkout/test/} that is not an order id is the
 * site's 404 page. Its answers are pages, so they get the pages' Content-Security-Policy
 * (see {@code SecurityHeadersFilter}). Who may see the order is the page's business; that one is signed in, web.xml's.
 */
@WebServlet(name = TestCheckoutPath.NAME, urlPatterns = "/checkout/test/*")
public class TestCheckoutPath extends PathPageServlet {

    private static final long serialVersionUID = 1L;

    /** The servlet's name: the security headers filter knows it answers with a page. */
    public static final String NAME = "TestCheckoutPath";

    static final String PAGE = "/checkout/test-order.xhtml";

    @Override
    protected String page() {
        return PAGE;
    }

    @Override
    protected Optional<String> query(String pathInfo) {
        return Optional.ofNullable(orderId(pathInfo)).map(id -> "order=" + id);
    }

    /** The id in "/{orderId}", or null for anything else (nothing, more segments, not a UUID). */
    static UUID orderId(String pathInfo) {
        if (pathInfo == null || pathInfo.isEmpty() || pathInfo.charAt(0) != '/') {
            return null;
        }
        return uuid(pathInfo.substring(1));
    }
}

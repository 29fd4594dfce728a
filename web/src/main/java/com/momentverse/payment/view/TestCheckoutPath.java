package com.momentverse.payment.view;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
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
public class TestCheckoutPath extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The servlet's name: the security headers filter knows it answers with a page. */
    public static final String NAME = "TestCheckoutPath";

    static final String PAGE = "/checkout/test-order.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        forward(request, response);
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        UUID order = orderId(request.getPathInfo());
        if (order == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(PAGE + "?order=" + order).forward(request, response);
    }

    /** The id in "/{orderId}", or null for anything else (nothing, more segments, not a UUID). */
    static UUID orderId(String pathInfo) {
        if (pathInfo == null || pathInfo.length() != 37 || pathInfo.charAt(0) != '/') {
            return null;
        }
        try {
            UUID id = UUID.fromString(pathInfo.substring(1));
            // UUID.fromString accepts some odd forms; only the canonical one names an order.
            return id.toString().equalsIgnoreCase(pathInfo.substring(1)) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

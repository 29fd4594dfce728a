package com.momentverse.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves a page whose address carries its subject in the path ({@code /verify/MV-7K3Q-9XWD},
 * {@code /checkout/test/<order id>}) by forwarding to a Faces page with the subject as a query
 * parameter. Anything after the prefix that is not such a subject is the site's 404 page. The
 * page's form posts back to the same address, so postbacks come through here too. Subclasses
 * are named in {@link SecurityHeadersFilter}, which gives their answers the pages' policy.
 */
public abstract class PathPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The Faces page that answers, e.g. {@code /verify.xhtml}. */
    protected abstract String page();

    /**
     * The page's query for the path after the servlet's prefix ({@code "/<subject>"}), e.g.
     * {@code "number=MV-7K3Q-9XWD"}, or empty when the path names nothing the page shows.
     */
    protected abstract Optional<String> query(String pathInfo);

    /**
     * Answers the request itself instead of the page (a picture below the page's address, a 404
     * for a subject the caller may not see) and returns true; or returns false, and the page
     * answers. By default the page always answers.
     */
    protected boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return false;
    }

    /** The id a path segment names, or null for anything but a UUID in its canonical form. */
    protected static UUID uuid(String segment) {
        if (segment == null || segment.length() != 36) {
            return null;
        }
        try {
            UUID id = UUID.fromString(segment);
            // UUID.fromString accepts some odd forms; only the canonical one names a subject.
            return id.toString().equalsIgnoreCase(segment) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        forward(request, response);
    }

    private void forward(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (answer(request, response)) {
            return;
        }
        Optional<String> query = request.getPathInfo() == null ? Optional.empty() : query(request.getPathInfo());
        if (query.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(page() + "?" + query.get()).forward(request, response);
    }
}

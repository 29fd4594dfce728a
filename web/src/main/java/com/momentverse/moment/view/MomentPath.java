package com.momentverse.moment.view;

import com.momentverse.common.NotFoundException;
import com.momentverse.moment.MomentService;
import com.momentverse.moment.share.MomentPictures;
import com.momentverse.moment.share.Picture;
import com.momentverse.web.PathPageServlet;
import com.momentverse.web.SecurityHeadersFilter;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Serves a moment's addresses: {@code /m/{id}}, its page ({@code /moment.xhtml}), and below it
 * its pictures {@code /m/{id}/og.png} (the share picture that Open Graph and Twitter tags name)
 * and {@code /m/{id}/sky.png} (the sky around its star). All of them only to whoever may see the
 * moment ({@link com.momentverse.moment.MomentAccess}): to anyone else, and for any other
 * address below {@code /m/}, the site's 404 page, the same as for a moment that does not exist.
 *
 * <p>The moment found here is handed to the page (request attribute {@value #MOMENT}), so the
 * page reads it once. Pictures carry an ETag of what they show (304 when the client has it) and
 * may be kept by shared caches only when anyone may see the moment.
 */
@WebServlet(name = MomentPath.NAME, urlPatterns = "/m/*")
public class MomentPath extends PathPageServlet {

    private static final long serialVersionUID = 1L;

    /** The servlet's name: the security headers filter knows it answers with a page. */
    public static final String NAME = "MomentPath";

    /** The request attribute with the {@link com.momentverse.moment.MomentView} the page shows. */
    static final String MOMENT = "mv.moment";

    static final String PAGE = "/moment.xhtml";
    static final String CARD = "/og.png";
    static final String SKY = "/sky.png";
    /** Seconds shared caches may keep a share picture: the page names it with its version, so this only bounds stale plain addresses. */
    static final int CARD_MAX_AGE = 600;
    /** A moment's star never changes, and neither does its sky. */
    static final int SKY_MAX_AGE = 86_400;

    @EJB
    MomentService moments;

    @Inject
    MomentPictures pictures;

    @Inject
    CurrentCaller caller;

    @Override
    protected String page() {
        return PAGE;
    }

    @Override
    protected Optional<String> query(String pathInfo) {
        Address address = Address.of(pathInfo);
        return address == null || address.picture() != null ? Optional.empty() : Optional.of("id=" + address.id());
    }

    @Override
    protected boolean answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Address address = Address.of(request.getPathInfo());
        if (address == null) {
            return false; // not a moment's address: the page servlet answers 404
        }
        try {
            if (address.picture() == null) {
                request.setAttribute(MOMENT, moments.find(caller.get(), address.id()));
                return false;
            }
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return true;
            }
            if (CARD.equals(address.picture())) {
                send(request, response, pictures.card(caller.get(), address.id()), CARD_MAX_AGE);
            } else {
                send(request, response, pictures.sky(caller.get(), address.id()), SKY_MAX_AGE);
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
        return true;
    }

    static void send(HttpServletRequest request, HttpServletResponse response, Picture picture, int maxAge)
            throws IOException {
        String etag = '"' + picture.etag() + '"';
        response.setHeader("ETag", etag);
        // Only a moment anyone may see may sit in a shared cache; its owner's private one may not.
        response.setHeader("Cache-Control", picture.openToAnyone() ? "public, max-age=" + maxAge : "private, no-cache");
        response.setHeader("Content-Security-Policy", SecurityHeadersFilter.NON_PAGE_POLICY);
        if (!picture.listed()) {
            response.setHeader("X-Robots-Tag", "noindex");
        }
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] png = picture.png();
        response.setContentType("image/png");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }

    /** Whether an If-None-Match header names the tag (weakly compared, as RFC 9110 asks for it), or is "*". */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a path below {@code /m} names: a moment's id and, for a picture, its name
     * ({@value #CARD} or {@value #SKY}); null for anything else.
     */
    record Address(UUID id, String picture) {

        static Address of(String pathInfo) {
            if (pathInfo == null || !pathInfo.startsWith("/")) {
                return null;
            }
            int slash = pathInfo.indexOf('/', 1);
            String rest = slash < 0 ? null : pathInfo.substring(slash);
            UUID id = uuid(slash < 0 ? pathInfo.substring(1) : pathInfo.substring(1, slash));
            if (id == null || (rest != null && !CARD.equals(rest) && !SKY.equals(rest))) {
                return null;
            }
            return new Address(id, rest);
        }
    }
}

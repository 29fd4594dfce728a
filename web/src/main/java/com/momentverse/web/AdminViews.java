package com.momentverse.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** What every administration page does alike: write instants compactly, read ids from the address, redirect. */
public final class AdminViews {

    private AdminViews() {
    }

    /** An instant to the second, in UTC, as "2026-11-25 12:00:00 UTC"; empty for none. */
    public static String at(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ')
                .replace("Z", " UTC");
    }

    /** The id in a query parameter, or null when there is none or it is not an id. */
    public static UUID id(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * After a change: sends the browser to a page of this site with a GET (so reloading it does not
     * post the change again), keeping the messages queued for it ({@link FormMessages#info}).
     *
     * @param pathAndQuery such as "/admin/users?id=…" (query values already encoded)
     */
    public static void redirect(String pathAndQuery) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + pathAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}

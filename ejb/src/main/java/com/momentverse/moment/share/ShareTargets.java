package com.momentverse.moment.share;

import java.io.Serializable;

/**
 * Where the share buttons of a moment's page lead: the page itself (to copy), and the share
 * links of X, Facebook, WhatsApp and e-mail. Getters, not a record: pages read it through
 * Expression Language, which does not read record components.
 */
public final class ShareTargets implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String page;
    private final String x;
    private final String facebook;
    private final String whatsapp;
    private final String email;

    ShareTargets(String page, String x, String facebook, String whatsapp, String email) {
        this.page = page;
        this.x = x;
        this.facebook = facebook;
        this.whatsapp = whatsapp;
        this.email = email;
    }

    public String getPage() {
        return page;
    }

    /** X's post intent, with the title as text and the page as link. */
    public String getX() {
        return x;
    }

    public String getFacebook() {
        return facebook;
    }

    public String getWhatsapp() {
        return whatsapp;
    }

    /** A {@code mailto:} link with the title as subject and the page in the body. */
    public String getEmail() {
        return email;
    }
}

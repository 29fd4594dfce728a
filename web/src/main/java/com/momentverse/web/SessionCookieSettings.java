package com.momentverse.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The page session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (other sites'
 * forms and scripts do not send it), and Secure in production, where the site is HTTPS only.
 * Set here rather than in web.xml because Secure depends on {@code MV_PRODUCTION}.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    @ConfigProperty(name = "mv.production")
    boolean production;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(production);
        cookie.setAttribute("SameSite", "Lax");
    }
}

package com.momentverse.order.view;

import com.momentverse.common.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Follows links that the services build with the site's public address ({@code mv.public-url},
 * as in e-mails) on the address the person is actually using. A browser on
 * {@code http://127.0.0.1:8080} sent to {@code http://localhost:8080/checkout/test/…} would
 * arrive without its session cookie, signed out; a path on this site keeps it. Links elsewhere
 * (a payment provider) are left as they are.
 */
@Named
@ApplicationScoped
public class SiteLinks {

    @Inject
    @ConfigProperty(name = "mv.public-url")
    String publicUrl;

    /** The link as an address to use from the current page: a path of this site, or the URL itself. */
    public String href(String url) {
        if (url == null) {
            return null;
        }
        String base = PublicUrl.base(publicUrl);
        if (url.startsWith(base + "/")) {
            return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                    + url.substring(base.length());
        }
        return url;
    }
}

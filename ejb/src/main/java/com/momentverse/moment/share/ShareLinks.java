package com.momentverse.moment.share;

import com.momentverse.common.PublicUrl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The addresses of a moment as others reach it, built from the site's public address
 * ({@code mv.public-url}, as the certificate's verification URL is): its page, its share
 * picture, and the share links of each network, every value in them percent-encoded.
 */
@ApplicationScoped
public class ShareLinks {

    @Inject
    @ConfigProperty(name = "mv.public-url")
    String publicUrl;

    /** The moment's page: {@code <public URL>/m/<id>}. */
    public String page(UUID id) {
        return PublicUrl.of(publicUrl, "/m/" + id);
    }

    /**
     * The share picture, with its version in the query: networks keep pictures by address, so a
     * changed title must come with a new one.
     */
    public String picture(UUID id, String version) {
        return page(id) + "/og.png?v=" + encode(version);
    }

    /** Where each network's share button leads, for the moment's page and title. */
    public ShareTargets targets(UUID id, String title) {
        String page = page(id);
        String url = encode(page);
        String text = encode(title);
        return new ShareTargets(page,
                "https://x.com/intent/tweet?text=" + text + "&url=" + url,
                "https://www.facebook.com/sharer/sharer.php?u=" + url,
                "https://wa.me/?text=" + encode(title + " " + page),
                "mailto:?subject=" + text + "&body=" + encode(title + "\n\nA moment of history, dedicated on MomentVerse:\n" + page));
    }

    /**
     * Percent-encoding of a query value: UTF-8, every character but letters, digits and
     * {@code -._*} encoded, and spaces as {@code %20} (a {@code +} is a space only in form
     * data; mail programs read it as a plus).
     */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package com.momentverse.moment.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShareLinksTest {

    static final UUID ID = UUID.fromString("0b5c4f8e-9d3a-4e21-8f6b-2a7c9d1e3f40");
    static final String TITLE = "Tom & \"Jerry\" <3 + 50% #1 ça?=/ 北斗";

    @Test
    void pagesAndPicturesAreOnThePublicAddress() {
        assertThat(links("https://momentverse.example/").page(ID))
                .isEqualTo("https://momentverse.example/m/0b5c4f8e-9d3a-4e21-8f6b-2a7c9d1e3f40");
        assertThat(links(" https://momentverse.example ").picture(ID, "abc123"))
                .isEqualTo("https://momentverse.example/m/0b5c4f8e-9d3a-4e21-8f6b-2a7c9d1e3f40/og.png?v=abc123");
    }

    @Test
    void eachNetworkGetsItsIntentWithEveryValueEncoded() {
        ShareTargets targets = links("https://momentverse.example").targets(ID, TITLE);
        String page = "https://momentverse.example/m/" + ID;

        assertThat(targets.getPage()).isEqualTo(page);
        assertThat(targets.getX()).startsWith("https://x.com/intent/tweet?");
        assertThat(query(targets.getX())).containsEntry("text", TITLE).containsEntry("url", page).hasSize(2);
        assertThat(targets.getFacebook()).startsWith("https://www.facebook.com/sharer/sharer.php?");
        assertThat(query(targets.getFacebook())).containsEntry("u", page).hasSize(1);
        assertThat(targets.getWhatsapp()).startsWith("https://wa.me/?");
        assertThat(query(targets.getWhatsapp())).containsEntry("text", TITLE + " " + page).hasSize(1);
        assertThat(targets.getEmail()).startsWith("mailto:?");
        assertThat(query(targets.getEmail())).containsEntry("subject", TITLE).hasSize(2);
        assertThat(query(targets.getEmail()).get("body")).contains(TITLE).endsWith(page);

        for (String link : new String[] {targets.getX(), targets.getFacebook(), targets.getWhatsapp(), targets.getEmail()}) {
            String query = link.substring(link.indexOf('?') + 1);
            // Nothing of the title is left raw in the query: only the separators between parameters.
            assertThat(query).doesNotContain(" ", "\"", "<", "#", "+", "北").matches("[A-Za-z0-9%._*=&-]+");
            assertThat(URI.create(link)).isNotNull();
        }
    }

    @Test
    void spacesAreEncodedAsPercent20ForMailProgramsAndAPlusStaysAPlus() {
        assertThat(ShareLinks.encode("a b+c")).isEqualTo("a%20b%2Bc");
    }

    private static ShareLinks links(String publicUrl) {
        ShareLinks links = new ShareLinks();
        links.publicUrl = publicUrl;
        return links;
    }

    /** The decoded parameters of a link's query, as the network reads them. */
    private static Map<String, String> query(String link) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : link.substring(link.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}

package com.momentverse.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.momentverse.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moment page {@code /m/{id}} and its pictures, as PRODUCT.md ("Timeline, sharing and
 * community") and API.md ("Pages") describe them: to whoever may see the moment and to no one
 * else (the site's 404 page, as for a moment that does not exist); everything public about it;
 * Open Graph and Twitter tags with every value escaped and addresses on the public URL
 * ({@code http://localhost:8080} here); {@code noindex} on unlisted and private moments; the share
 * picture {@code /m/{id}/og.png}, a 1200×630 PNG whose ETag changes with the title.
 *
 * <p>Moments are confirmed in the database with their orders left pending ({@link #confirmed}),
 * so no certificate is issued and their words can still change; each test claims a random span,
 * and stars come from Scorpius, which no other test class uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MomentPageIT {

    private static final String CONSTELLATION = "Sco";
    private static final String PUBLIC_URL = "http://localhost:8080";
    private static final String NOINDEX = "<meta name=\"robots\" content=\"noindex\"/>";
    private static final String NOT_FOUND_PAGE = "This page does not exist";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Api owner() {
        return TestUsers.shared("moment-page-owner");
    }

    private static Api other() {
        return TestUsers.shared("moment-page-other");
    }

    /** Holds a moment for the owner with the given order members, confirms it in the database, and returns its id. */
    private static String confirmed(Object... members) {
        Instant t = Spans.randomStartBetween(Instant.parse("1001-01-01T00:00:00Z"), Instant.parse("1999-01-01T00:00:00Z"));
        JsonObject order = Orders.hold(owner(), t, t.plusSeconds(60), members);
        String momentId = order.getString("momentId");
        // Confirmed as payment would, but with the order still pending: no certificate, so the words may change.
        assertThat(Sql.update("UPDATE moment SET status = 'CONFIRMED' WHERE id = ?", UUID.fromString(momentId))).isEqualTo(1);
        return momentId;
    }

    private static String title(String what) {
        return "Page " + what + " " + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }

    private static HttpResponse<String> page(Api caller, String momentId) {
        return caller.get("m/" + momentId);
    }

    private static HttpResponse<byte[]> picture(Api caller, String momentId, String name, String... headers) {
        return caller.getBytes("m/" + momentId + "/" + name, headers);
    }

    private static void assertNotFound(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
        assertThat(response.body()).contains(NOT_FOUND_PAGE);
    }

    /** The content of the head's {@code <meta property|name="key" content="...">}, as written (escaped). */
    private static String meta(String page, String key) {
        Matcher tag = Pattern.compile("<meta (?:property|name)=\"" + Pattern.quote(key) + "\" content=\"([^\"]*)\"/>").matcher(page);
        assertThat(tag.find()).as("meta %s in the page", key).isTrue();
        return tag.group(1);
    }

    private static BufferedImage png(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        try {
            return ImageIO.read(new ByteArrayInputStream(response.body()));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPrivateMomentIsNotFoundToAnyoneButItsOwnerAndAdministrators() {
        String title = title("private");
        String id = confirmed("visibility", "PRIVATE", "title", title);

        assertNotFound(page(Api.anonymous(), id));
        assertNotFound(page(other(), id));
        for (String name : List.of("og.png", "sky.png")) {
            assertThat(picture(Api.anonymous(), id, name).statusCode()).isEqualTo(404);
            assertThat(picture(other(), id, name).statusCode()).isEqualTo(404);
        }

        HttpResponse<String> mine = page(owner(), id);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains(title).contains(NOINDEX).contains("only you can see this page");
        assertThat(page(TestUsers.sharedAdmin(), id).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> card = picture(owner(), id, "og.png");
        assertThat(png(card).getWidth()).isEqualTo(1200);
        // The owner's private picture may sit in their browser's cache only, and is never listed.
        assertThat(card.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).startsWith("private"));
        assertThat(card.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
    }

    @Test
    void aHeldMomentIsNotFoundToOthers() {
        Instant t = Spans.randomStart();
        String id = Orders.hold(owner(), t, t.plusSeconds(60), "visibility", "PUBLIC").getString("momentId");

        assertNotFound(page(Api.anonymous(), id));
        assertNotFound(page(other(), id));
        assertThat(picture(Api.anonymous(), id, "og.png").statusCode()).isEqualTo(404);
        HttpResponse<String> mine = page(owner(), id);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains(NOINDEX).contains("held");
    }

    @Test
    void anUnlistedMomentIsShownToAnyoneWithItsLinkButNotIndexed() {
        String title = title("unlisted");
        String id = confirmed("visibility", "UNLISTED", "title", title);

        HttpResponse<String> page = page(Api.anonymous(), id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(title).contains(NOINDEX);
        assertThat(page(other(), id).body()).contains(NOINDEX);
        HttpResponse<byte[]> card = picture(Api.anonymous(), id, "og.png");
        assertThat(png(card).getHeight()).isEqualTo(630);
        assertThat(card.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
    }

    @Test
    void aPublicMomentsPageShowsEverythingPublicAboutItAndIsIndexed() {
        int star = Stars.take(CONSTELLATION);
        String title = title("public");
        String id = confirmed("visibility", "PUBLIC", "title", title, "message", "First line\nSecond line",
                "dedicatedTo", "Ada Lovelace", "starHip", star, "timeZone", "Asia/Tokyo");

        HttpResponse<String> response = page(Api.anonymous(), id);
        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        assertThat(page).doesNotContain(NOINDEX);
        assertThat(page).contains(title, "First line\nSecond line", "Ada Lovelace", "moment-page-owner", " CE", "UTC",
                "Asia/Tokyo", "1 minute", "HIP " + star, "/m/" + id + "/sky.png", "Sign in to like it",
                "/login?next=%2Fm%2F" + id);
        assertThat(page).contains("Scorpius").contains("id=\"moment-star\"");
        // Addresses on the public URL; the picture's carries its version.
        String url = PUBLIC_URL + "/m/" + id;
        assertThat(page).contains("<link rel=\"canonical\" href=\"" + url + "\"/>");
        assertThat(meta(page, "og:url")).isEqualTo(url);
        assertThat(meta(page, "og:title")).isEqualTo(title);
        assertThat(meta(page, "og:image")).startsWith(url + "/og.png?v=");
        assertThat(meta(page, "og:image:width")).isEqualTo("1200");
        assertThat(meta(page, "og:image:height")).isEqualTo("630");
        assertThat(meta(page, "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(page, "twitter:image")).isEqualTo(meta(page, "og:image"));
        assertThat(meta(page, "og:description")).contains("UTC").contains("Ada Lovelace");
        // Share links with the page's address encoded (as written in the page: & is &amp;).
        String encoded = "http%3A%2F%2Flocalhost%3A8080%2Fm%2F" + id;
        assertThat(page).contains("https://x.com/intent/tweet?text=", "&amp;url=" + encoded,
                "https://www.facebook.com/sharer/sharer.php?u=" + encoded, "https://wa.me/?text=", "mailto:?subject=");
        assertThat(page).contains("data-channel=\"link\"", "data-channel=\"x\"", "data-channel=\"facebook\"",
                "data-channel=\"whatsapp\"", "data-channel=\"email\"");

        BufferedImage sky = png(picture(Api.anonymous(), id, "sky.png"));
        assertThat(sky.getWidth()).isEqualTo(480);
        // Signed in, the like button instead of the sign-in link.
        assertThat(page(other(), id).body()).contains("id=\"like\"").doesNotContain("Sign in to like it");
    }

    @Test
    void everyOpenGraphValueIsEscaped() {
        String title = "Tom & \"Jerry\" <b>bold</b> 'quoted' " + ThreadLocalRandom.current().nextInt(1_000_000);
        String escaped = title.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;");
        String id = confirmed("visibility", "PUBLIC", "title", title, "dedicatedTo", "<script>alert(1)</script>");

        String page = page(Api.anonymous(), id).body();

        assertThat(meta(page, "og:title")).isEqualTo(escaped);
        assertThat(meta(page, "twitter:title")).isEqualTo(escaped);
        assertThat(meta(page, "og:image:alt")).contains(escaped);
        // In the body, Faces escapes the title as text ("Jerry" may keep its quotes there, outside any attribute).
        assertThat(page).doesNotContain("<b>bold</b>").doesNotContain("<script>alert(1)</script>")
                .contains("&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void theSharePictureIsA1200By630PngCachedByItsEtagWhichChangesWithTheTitle() {
        String id = confirmed("visibility", "PUBLIC", "title", title("picture"));

        HttpResponse<byte[]> first = picture(Api.anonymous(), id, "og.png");
        BufferedImage image = png(first);
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{24}\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).startsWith("public").contains("max-age="));
        assertThat(first.headers().firstValue("X-Robots-Tag")).isEmpty();

        // Asked again: the same picture, or nothing at all with the tag.
        HttpResponse<byte[]> again = picture(Api.anonymous(), id, "og.png");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(picture(Api.anonymous(), id, "og.png", "If-None-Match", etag).statusCode()).isEqualTo(304);
        String version = meta(page(Api.anonymous(), id).body(), "og:image");

        HttpResponse<String> renamed = owner().patch("api/v1/moments/" + id, json("title", title("renamed")));
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);

        HttpResponse<byte[]> changed = picture(Api.anonymous(), id, "og.png", "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(changed.body()).isNotEqualTo(first.body());
        assertThat(png(changed).getWidth()).isEqualTo(1200);
        assertThat(meta(page(Api.anonymous(), id).body(), "og:image")).as("a new address for the new picture").isNotEqualTo(version);
    }

    @Test
    void unknownAndMalformedAddressesAreNotFound() {
        String withoutStar = confirmed("visibility", "PUBLIC");
        for (String path : List.of("m/" + UUID.randomUUID(), "m/not-a-moment", "m/", "m/" + withoutStar + "/og.jpg",
                "m/" + withoutStar + "/og.png/more", "m/" + UUID.randomUUID() + "/og.png", "moment?id=" + withoutStar)) {
            assertNotFound(Api.anonymous().get(path));
        }
        assertThat(picture(Api.anonymous(), withoutStar, "sky.png").statusCode()).as("no star, no sky").isEqualTo(404);
        assertThat(page(Api.anonymous(), withoutStar).statusCode()).isEqualTo(200);
    }
}

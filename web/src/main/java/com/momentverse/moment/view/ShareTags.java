package com.momentverse.moment.view;

import com.momentverse.mail.Html;

/**
 * The tags in a moment page's head that say how a link to it is previewed (Open Graph, read by
 * Facebook, WhatsApp, LinkedIn and others; Twitter's card, read by X), its canonical address and
 * description, and whether search engines may list it. The page writes them as they are, so every
 * value is escaped here: a title such as {@code Tom & "Jerry" <3} stays text in an attribute.
 */
final class ShareTags {

    /** What the card and its description may hold at most before they are cut with an ellipsis. */
    static final int DESCRIPTION_LENGTH = 200;

    private ShareTags() {
    }

    /**
     * @param title       the moment's title
     * @param description what the preview says under the title ({@link #description})
     * @param pageUrl     the page's absolute address
     * @param pictureUrl  the share picture's absolute address
     * @param pictureAlt  the picture described in words
     * @param listed      false for a page search engines must not list (unlisted, private, not confirmed)
     */
    static String html(String title, String description, String pageUrl, String pictureUrl, String pictureAlt,
                       boolean listed) {
        StringBuilder html = new StringBuilder(2048);
        if (!listed) {
            meta(html, "name", "robots", "noindex");
        }
        html.append("<link rel=\"canonical\" href=\"").append(Html.escape(pageUrl)).append("\"/>\n");
        meta(html, "name", "description", description);
        meta(html, "property", "og:type", "article");
        meta(html, "property", "og:site_name", "MomentVerse");
        meta(html, "property", "og:title", title);
        meta(html, "property", "og:description", description);
        meta(html, "property", "og:url", pageUrl);
        meta(html, "property", "og:image", pictureUrl);
        meta(html, "property", "og:image:type", "image/png");
        meta(html, "property", "og:image:width", "1200");
        meta(html, "property", "og:image:height", "630");
        meta(html, "property", "og:image:alt", pictureAlt);
        meta(html, "name", "twitter:card", "summary_large_image");
        meta(html, "name", "twitter:title", title);
        meta(html, "name", "twitter:description", description);
        meta(html, "name", "twitter:image", pictureUrl);
        meta(html, "name", "twitter:image:alt", pictureAlt);
        return html.toString();
    }

    /**
     * A moment in a sentence or two: when (in UTC), for whom, and the start of its message, on one
     * line and at most {@value #DESCRIPTION_LENGTH} characters.
     */
    static String description(String spanUtc, String dedicatedTo, String message) {
        StringBuilder text = new StringBuilder(spanUtc).append('.');
        if (dedicatedTo != null && !dedicatedTo.isBlank()) {
            text.append(" For ").append(dedicatedTo.strip()).append('.');
        }
        if (message != null && !message.isBlank()) {
            text.append(' ').append(message.strip());
        }
        return shorten(text.toString().replaceAll("\\s+", " "), DESCRIPTION_LENGTH);
    }

    /** The text, or its start cut at a word with an ellipsis when it is longer than {@code max} characters. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        String start = text.substring(0, text.offsetByCodePoints(0, max - 1));
        int space = start.lastIndexOf(' ');
        return (space > max / 2 ? start.substring(0, space) : start).stripTrailing() + "\u2026";
    }

    private static void meta(StringBuilder html, String kind, String key, String content) {
        html.append("<meta ").append(kind).append("=\"").append(key).append("\" content=\"")
                .append(Html.escape(content)).append("\"/>\n");
    }
}

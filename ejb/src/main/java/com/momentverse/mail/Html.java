package com.momentverse.mail;

/**
 * Escapes text for HTML element content and quoted attribute values, so that a name such as
 * {@code <script>} or {@code Tom & Jerry} is shown as typed and never becomes markup. Mails use
 * it, and so do the tags a page writes itself (the moment page's Open Graph tags).
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}

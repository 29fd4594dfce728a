package com.momentverse.common;

/**
 * Addresses on the site's public URL ({@code mv.public-url}, {@code MV_PUBLIC_URL}), the one base
 * of every link the application hands out: in mails, certificates and their QR codes, checkout
 * links and a moment's share tags. The configured value may carry spaces around it or a trailing
 * slash; the address is the same.
 */
public final class PublicUrl {

    private PublicUrl() {
    }

    /** The configured public URL, trimmed, without a trailing slash: {@code https://momentverse.example}. */
    public static String base(String configured) {
        String base = configured.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** An address of the site: {@code of(" https://momentverse.example/ ", "/m/42")} is {@code https://momentverse.example/m/42}. */
    public static String of(String configured, String path) {
        return base(configured) + path;
    }
}

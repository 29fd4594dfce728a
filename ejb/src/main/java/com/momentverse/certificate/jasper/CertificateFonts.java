package com.momentverse.certificate.jasper;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The certificate fonts as AWT fonts, read once from the class path: the same files the font
 * extension embeds in the PDF, never the machine's installed fonts, so what the checks and
 * the sky chart see is what the PDF gets on any server. The moment's share picture
 * ({@code com.momentverse.moment.share}) draws with them too, so a title that a certificate
 * prints (CJK, Arabic, Hebrew, mixed) draws there as well.
 */
public final class CertificateFonts {

    static final String DEJAVU_SANS = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    static final String DEJAVU_SANS_BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    static final String DEJAVU_SERIF = "net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf";
    static final String DEJAVU_SERIF_BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSerif-Bold.ttf";
    static final String WENQUANYI = "certificate/fonts/wqy-microhei/WenQuanYiMicroHei.ttf";

    private CertificateFonts() {
    }

    /** DejaVu Sans (Latin, Greek, Cyrillic, Hebrew, Arabic), size 1. */
    public static Font sans() {
        return Loaded.SANS;
    }

    /** DejaVu Sans Bold, size 1. */
    public static Font sansBold() {
        return Loaded.SANS_BOLD;
    }

    /** DejaVu Serif Bold (Latin, Greek, Cyrillic; no Hebrew or Arabic), size 1. */
    public static Font serifBold() {
        return Loaded.SERIF_BOLD;
    }

    /** WenQuanYi Micro Hei (Han, kana, Hangul, Bopomofo), size 1; it has no bold face. */
    public static Font cjk() {
        return Loaded.CJK;
    }

    /** Every font the certificate's font sets draw with, size 1. */
    static List<Font> all() {
        return Loaded.ALL;
    }

    /** Loaded on first use (lazy holder): reading 10 MB of fonts costs ~100 ms once. */
    private static final class Loaded {
        static final Font SANS = load(DEJAVU_SANS);
        static final Font SANS_BOLD = load(DEJAVU_SANS_BOLD);
        static final Font CJK = load(WENQUANYI);
        static final List<Font> ALL = List.of(load(DEJAVU_SERIF), SANS, CJK);
        static final Font SERIF_BOLD = load(DEJAVU_SERIF_BOLD);

        private static Font load(String resource) {
            try (InputStream in = CertificateFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the class path: " + resource);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("Not a TrueType font: " + resource, e);
            }
        }
    }
}

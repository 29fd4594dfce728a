package com.momentverse.certificate.jasper;

import java.awt.Font;
import java.util.OptionalInt;

/**
 * Whether the certificate fonts can draw a text. PRODUCT allows emoji to be refused at input
 * with a clear message, and no monochrome emoji font with an embeddable licence is obtainable
 * for the build, so emoji (and anything else the fonts lack) are refused here: better an error
 * the customer can act on than a certificate with a missing-glyph box. Input validation can
 * call {@link #check} early; the renderer calls it again on every text it prints.
 */
public final class CertificateGlyphs {

    private CertificateGlyphs() {
    }

    /**
     * @throws UnprintableTextException naming {@code field} when {@code text} holds a character
     *                                   that no certificate font can draw
     */
    public static void check(String field, String text) {
        OptionalInt bad = firstUnprintable(text);
        if (bad.isPresent()) {
            throw new UnprintableTextException(field, bad.getAsInt());
        }
    }

    /** The first character of {@code text} no certificate font can draw, if any (null is fine). */
    public static OptionalInt firstUnprintable(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        return text.codePoints().filter(c -> !printable(c)).findFirst();
    }

    private static boolean printable(int codePoint) {
        // Line breaks and tabs are layout, not glyphs; other controls are not printable.
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return true;
        }
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        for (Font font : CertificateFonts.all()) {
            if (font.canDisplay(codePoint)) {
                return true;
            }
        }
        return false;
    }
}

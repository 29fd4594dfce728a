package com.momentverse.certificate.jasper;

import java.util.Locale;

/**
 * Star positions as astronomers write them: right ascension in hours, minutes and seconds,
 * declination in degrees, arcminutes and arcseconds, magnitude with a true minus sign. The
 * certificate prints them, and the moment's page shows them the same way.
 */
public final class CelestialText {

    private static final char MINUS = '\u2212';

    private CelestialText() {
    }

    /** 101.2872° → "6h 45m 08.9s". */
    public static String rightAscension(double degrees) {
        double normalized = ((degrees % 360) + 360) % 360;
        long tenthsOfSecond = Math.round(normalized / 15.0 * 36_000.0) % (24L * 36_000);
        long hours = tenthsOfSecond / 36_000;
        long minutes = tenthsOfSecond / 600 % 60;
        long tenths = tenthsOfSecond % 600;
        return String.format(Locale.ROOT, "%dh %02dm %02d.%ds", hours, minutes, tenths / 10, tenths % 10);
    }

    /** −16.7161° → "−16° 42′ 58″". */
    public static String declination(double degrees) {
        long arcseconds = Math.round(Math.abs(degrees) * 3600.0);
        String sign = degrees < 0 && arcseconds > 0 ? String.valueOf(MINUS) : "+";
        return String.format(Locale.ROOT, "%s%d\u00B0 %02d\u2032 %02d\u2033",
                sign, arcseconds / 3600, arcseconds / 60 % 60, arcseconds % 60);
    }

    /** −1.44 → "−1.44", 3.5 → "3.50". */
    public static String magnitude(double magnitude) {
        String text = String.format(Locale.ROOT, "%.2f", Math.abs(magnitude));
        return magnitude < 0 && !"0.00".equals(text) ? MINUS + text : text;
    }
}

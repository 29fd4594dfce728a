package com.momentverse.certificate.jasper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stars and constellation figures the sky chart draws, read once from {@code sky/} on the
 * class path (copies of the reference data, provenance in {@code sky/README.md}) and kept for
 * the life of the class loader: about 1.5 MB of arrays, read in ~100 ms.
 */
final class SkyCatalogue {

    /** Stars fainter than this are not drawn (a dark-sky naked-eye limit); the paired star always is. */
    static final double FAINTEST = 6.5;

    /** A star as the chart needs it. */
    record SkyStar(int hip, String constellation, double raDeg, double decDeg, double magnitude) {
    }

    /** A stick-figure line of a constellation: its points as {ra, dec} pairs in degrees. */
    record Figure(String constellation, double[][] points) {
    }

    private static final SkyCatalogue INSTANCE = new SkyCatalogue();

    private final List<SkyStar> visible;
    private final Map<Integer, SkyStar> byHip;
    private final List<Figure> figures;

    private SkyCatalogue() {
        byHip = new HashMap<>(64_000);
        visible = new ArrayList<>(9_000);
        readStars();
        figures = readFigures();
    }

    static SkyCatalogue get() {
        return INSTANCE;
    }

    /** Stars to {@link #FAINTEST}, brightest first. */
    List<SkyStar> visibleStars() {
        return visible;
    }

    /** Any catalogue star (to magnitude 8), or null. */
    SkyStar star(int hip) {
        return byHip.get(hip);
    }

    /** Every line of every constellation figure. */
    List<Figure> figures() {
        return figures;
    }

    private void readStars() {
        try (BufferedReader in = reader("sky/stars.csv")) {
            String line = in.readLine(); // header
            while ((line = in.readLine()) != null) {
                // hip,proper_name,designation,constellation,constellation_name,ra_deg,dec_deg,magnitude,color_bv
                String[] f = line.split(",", -1);
                SkyStar star = new SkyStar(Integer.parseInt(f[0]), f[3], Double.parseDouble(f[5]),
                        Double.parseDouble(f[6]), Double.parseDouble(f[7]));
                byHip.put(star.hip(), star);
                if (star.magnitude() <= FAINTEST) {
                    visible.add(star);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The GeoJSON is one fixed, trusted file of MultiLineStrings, so a small reader of its
     * nested number arrays is enough (no JSON library is on the ejb module's run-time path
     * outside the container).
     */
    private static List<Figure> readFigures() {
        String json;
        try (BufferedReader in = reader("sky/constellation-lines.geojson")) {
            StringBuilder text = new StringBuilder(32_000);
            char[] buffer = new char[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            json = text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Figure> result = new ArrayList<>(700);
        int at = 0;
        while ((at = json.indexOf("\"id\":\"", at)) >= 0) {
            int idStart = at + 6;
            String id = json.substring(idStart, json.indexOf('"', idStart));
            int coordinates = json.indexOf("\"coordinates\":", idStart) + 14;
            at = readLines(json, coordinates, id, result);
        }
        return List.copyOf(result);
    }

    /** Reads {@code [[[ra,dec],...],...]} from {@code start}; returns the index after it. */
    private static int readLines(String json, int start, String id, List<Figure> into) {
        int depth = 0;
        List<double[]> points = new ArrayList<>();
        int i = start;
        do {
            char c = json.charAt(i);
            if (c == '[') {
                depth++;
                if (depth == 3) {
                    int end = json.indexOf(']', i);
                    String[] pair = json.substring(i + 1, end).split(",");
                    double lon = Double.parseDouble(pair[0].trim());
                    points.add(new double[] {lon < 0 ? lon + 360 : lon, Double.parseDouble(pair[1].trim())});
                    i = end;
                    depth--;
                }
            } else if (c == ']') {
                depth--;
                if (depth == 1) {
                    into.add(new Figure(id, points.toArray(new double[0][])));
                    points.clear();
                }
            }
            i++;
        } while (depth > 0);
        return i;
    }

    private static BufferedReader reader(String resource) {
        InputStream in = SkyCatalogue.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Sky data missing from the class path: " + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}

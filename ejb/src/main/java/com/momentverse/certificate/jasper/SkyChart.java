package com.momentverse.certificate.jasper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * The premium certificate's small sky chart: the field of {@link #FIELD_DEGREES} around the
 * paired star, drawn with Java2D. A gnomonic (tangent-plane) projection centred on the
 * star keeps constellation lines straight and shapes true over such a small field; east is on
 * the left and north up, as the sky looks to someone facing it. Stars are dots sized by
 * magnitude, the star's own constellation figure is drawn brighter than its neighbours', and
 * the paired star is ringed in gold and labelled.
 *
 * <p>The certificate takes it as a {@value #SIZE}-pixel JPEG on paper colour ({@link #jpeg});
 * the moment's page and its share picture draw it at their own size on a transparent
 * background ({@link #draw(CertificateStar, int, Color)}): one drawing for all of them.
 */
public final class SkyChart {

    /** Width of the field shown, in degrees across. */
    static final double FIELD_DEGREES = 26;

    private static final int SIZE = 480;
    /** The premium paper colour, under the disc (the picture is an opaque JPEG, see {@link Jpeg}). */
    static final Color PAPER = new Color(0xFCF6E8);
    private static final Color SKY_TOP = new Color(0x0B1533);
    private static final Color SKY_BOTTOM = new Color(0x1B2C5E);
    private static final Color GOLD = new Color(0xD4AF37);
    private static final Color OWN_FIGURE = new Color(150, 185, 255, 210);
    private static final Color OTHER_FIGURE = new Color(150, 185, 255, 70);

    private SkyChart() {
    }

    /** The chart around {@code star} as JPEG bytes ({@value #SIZE} × {@value #SIZE} pixels, a disc on paper colour). */
    static byte[] jpeg(CertificateStar star) {
        return Jpeg.of(draw(star, SIZE, PAPER));
    }

    /**
     * The chart around {@code star}, {@code size} pixels square; every line, dot and label is
     * scaled from the certificate's {@value #SIZE} pixels.
     *
     * @param background the colour outside the disc, or null for transparent (an ARGB picture)
     */
    public static BufferedImage draw(CertificateStar star, int size, Color background) {
        SkyCatalogue sky = SkyCatalogue.get();
        SkyCatalogue.SkyStar self = sky.star(star.hip());
        String constellation = self == null ? "" : self.constellation();
        Projection projection = new Projection(star.raDeg(), star.decDeg(), size);
        float k = size / (float) SIZE;

        // Opaque: bytes in the order the JPEG writer reads them, which it then takes as they are
        // (from TYPE_INT_RGB it converts pixel by pixel: a fifth of a premium render's time).
        BufferedImage image = new BufferedImage(size, size,
                background == null ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        try {
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, size, size);
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            double inset = 3 * k;
            Ellipse2D disc = new Ellipse2D.Double(inset, inset, size - 2 * inset, size - 2 * inset);
            g.setPaint(new GradientPaint(0, 0, SKY_TOP, 0, size, SKY_BOTTOM));
            g.fill(disc);
            g.setClip(disc);

            drawFigures(g, sky, projection, constellation, k);
            drawStars(g, sky, projection, star.hip(), k);
            Point2D centre = projection.project(star.raDeg(), star.decDeg());
            drawPairedStar(g, star, centre, k);

            g.setClip(null);
            g.setStroke(new BasicStroke(5f * k));
            g.setColor(GOLD);
            g.draw(disc);
            drawCompass(g, size, k);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawFigures(Graphics2D g, SkyCatalogue sky, Projection projection, String own, float k) {
        for (SkyCatalogue.Figure figure : sky.figures()) {
            boolean isOwn = figure.constellation().equals(own);
            g.setColor(isOwn ? OWN_FIGURE : OTHER_FIGURE);
            g.setStroke(new BasicStroke((isOwn ? 2.2f : 1.3f) * k, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double[][] points = figure.points();
            for (int i = 1; i < points.length; i++) {
                Point2D a = projection.project(points[i - 1][0], points[i - 1][1]);
                Point2D b = projection.project(points[i][0], points[i][1]);
                if (a != null && b != null && (projection.near(a) || projection.near(b))) {
                    g.draw(new Line2D.Double(a, b));
                }
            }
        }
    }

    private static void drawStars(Graphics2D g, SkyCatalogue sky, Projection projection, int pairedHip, float k) {
        g.setColor(Color.WHITE);
        for (SkyCatalogue.SkyStar s : sky.visibleStars()) {
            // A star further in declination than the field is wide is off the chart: skip its trigonometry.
            if (s.hip() == pairedHip || !projection.nearInDeclination(s.decDeg())) {
                continue;
            }
            Point2D p = projection.project(s.raDeg(), s.decDeg());
            if (p != null && projection.near(p)) {
                double r = radius(s.magnitude()) * k;
                g.fill(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
            }
        }
    }

    private static void drawPairedStar(Graphics2D g, CertificateStar star, Point2D p, float k) {
        double r = Math.max(radius(star.magnitude()), 4) * k;
        g.setColor(GOLD);
        g.fill(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
        g.setStroke(new BasicStroke(3f * k));
        double ring = r + 10 * k;
        g.draw(new Ellipse2D.Double(p.getX() - ring, p.getY() - ring, 2 * ring, 2 * ring));

        Font font = CertificateFonts.sansBold().deriveFont(25f * k);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        String label = star.displayName();
        int width = metrics.stringWidth(label);
        // Below the ring, centred; it stays inside the disc for any star (the star is at the centre).
        float x = (float) (p.getX() - width / 2.0);
        float y = (float) (p.getY() + ring + metrics.getAscent() + 6 * k);
        g.setColor(new Color(11, 21, 51, 170));
        g.fillRoundRect(Math.round(x - 8 * k), Math.round(y - metrics.getAscent() - 2 * k), Math.round(width + 16 * k),
                Math.round(metrics.getHeight() + 4 * k), Math.round(12 * k), Math.round(12 * k));
        g.setColor(GOLD);
        g.drawString(label, x, y);
    }

    private static void drawCompass(Graphics2D g, int size, float k) {
        g.setFont(CertificateFonts.sans().deriveFont(18f * k));
        g.setColor(new Color(255, 255, 255, 160));
        FontMetrics metrics = g.getFontMetrics();
        g.drawString("N", (size - metrics.stringWidth("N")) / 2f, 30f * k);
        g.drawString("E", 14f * k, size / 2f + metrics.getAscent() / 2f);
    }

    /** Dot radius in pixels: 1 px at magnitude 6.5, growing 0.9 px per magnitude brighter. */
    private static double radius(double magnitude) {
        return 1.0 + Math.max(0, SkyCatalogue.FAINTEST - magnitude) * 0.9;
    }

    /** Gnomonic projection centred on (ra0, dec0), scaled so the field fills the image. */
    private static final class Projection {
        private final double dec0Deg;
        private final double ra0;
        private final double sinDec0;
        private final double cosDec0;
        private final double scale;
        private final double half;

        Projection(double ra0Deg, double dec0Deg, int size) {
            this.dec0Deg = dec0Deg;
            this.ra0 = Math.toRadians(ra0Deg);
            double dec0 = Math.toRadians(dec0Deg);
            this.sinDec0 = Math.sin(dec0);
            this.cosDec0 = Math.cos(dec0);
            this.half = size / 2.0;
            this.scale = half / Math.tan(Math.toRadians(FIELD_DEGREES / 2));
        }

        /** Image coordinates, or null for a point more than 60° away (the projection blows up at 90°). */
        Point2D project(double raDeg, double decDeg) {
            double dec = Math.toRadians(decDeg);
            double dRa = Math.toRadians(raDeg) - ra0;
            double cosDec = Math.cos(dec);
            double sinDec = Math.sin(dec);
            double cosC = sinDec0 * sinDec + cosDec0 * cosDec * Math.cos(dRa);
            if (cosC < 0.5) {
                return null;
            }
            double x = cosDec * Math.sin(dRa) / cosC;
            double y = (cosDec0 * sinDec - sinDec0 * cosDec * Math.cos(dRa)) / cosC;
            return new Point2D.Double(half - x * scale, half - y * scale);
        }

        /** Whether a declination is close enough to the centre's for the point to be on the chart. */
        boolean nearInDeclination(double decDeg) {
            return Math.abs(decDeg - dec0Deg) < FIELD_DEGREES;
        }

        /** Inside the image or close to it (lines reaching in from outside are still drawn). */
        boolean near(Point2D p) {
            return p.getX() > -half && p.getX() < 3 * half && p.getY() > -half && p.getY() < 3 * half;
        }
    }
}

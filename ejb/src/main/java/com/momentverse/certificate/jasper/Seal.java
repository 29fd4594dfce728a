package com.momentverse.certificate.jasper;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * The premium certificate's gold seal: a scalloped rosette with the words "MOMENTVERSE ·
 * PREMIUM CERTIFICATE" around a five-pointed star. The same for every certificate, so it is
 * drawn once and its JPEG bytes are kept; opaque, on the premium paper colour (see {@link Jpeg}).
 */
final class Seal {

    private static final int SIZE = 400;
    private static final Color GOLD_LIGHT = new Color(0xF3DC8A);
    private static final Color GOLD = new Color(0xC9A227);
    private static final Color GOLD_DARK = new Color(0x8A6A12);
    private static final String LEGEND = "MOMENTVERSE \u00B7 PREMIUM CERTIFICATE \u00B7 ";

    private static final byte[] JPEG = Jpeg.of(draw());

    private Seal() {
    }

    /** The seal as JPEG bytes (a copy: the array handed to Jasper must not be shared mutable state). */
    static byte[] jpeg() {
        return JPEG.clone();
    }

    private static BufferedImage draw() {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(SkyChart.PAPER);
            g.fillRect(0, 0, SIZE, SIZE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            double c = SIZE / 2.0;
            g.setPaint(new RadialGradientPaint((float) (c * 0.8), (float) (c * 0.7), (float) c,
                    new float[] {0f, 0.7f, 1f}, new Color[] {GOLD_LIGHT, GOLD, GOLD_DARK}));
            g.fill(scallop(c, c * 0.98, c * 0.90, 36));

            g.setColor(GOLD_DARK);
            g.setStroke(new BasicStroke(4f));
            g.draw(circle(c, c * 0.82));
            g.setStroke(new BasicStroke(2f));
            g.draw(circle(c, c * 0.56));

            g.setFont(CertificateFonts.sansBold().deriveFont(28f));
            g.setColor(new Color(0x5C4508));
            curvedText(g, LEGEND, c, c * 0.60);

            g.setPaint(new RadialGradientPaint((float) c, (float) (c * 0.9), (float) (c * 0.5),
                    new float[] {0f, 1f}, new Color[] {GOLD_LIGHT, GOLD}));
            Path2D star = star(c, c * 0.40, c * 0.16);
            g.fill(star);
            g.setColor(GOLD_DARK);
            g.setStroke(new BasicStroke(3f));
            g.draw(star);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Ellipse2D circle(double c, double r) {
        return new Ellipse2D.Double(c - r, c - r, 2 * r, 2 * r);
    }

    private static Path2D scallop(double c, double outer, double inner, int points) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i <= 2 * points; i++) {
            double angle = Math.PI * i / points;
            double r = i % 2 == 0 ? outer : inner;
            double x = c + r * Math.sin(angle);
            double y = c - r * Math.cos(angle);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    /** A five-pointed star: a scallop of five points. */
    private static Path2D star(double c, double outer, double inner) {
        return scallop(c, outer, inner, 5);
    }

    /** The legend around a circle of radius {@code r}, letters upright towards the outside, spread evenly. */
    private static void curvedText(Graphics2D g, String text, double c, double r) {
        Font font = g.getFont();
        FontMetrics metrics = g.getFontMetrics(font);
        double total = metrics.stringWidth(text);
        double angle = 0;
        AffineTransform saved = g.getTransform();
        for (int i = 0; i < text.length(); i++) {
            String letter = String.valueOf(text.charAt(i));
            double width = metrics.stringWidth(letter);
            double middle = angle + Math.PI * width / total;
            g.setTransform(saved);
            g.translate(c + r * Math.sin(middle), c - r * Math.cos(middle));
            g.rotate(middle);
            g.drawString(letter, (float) (-width / 2), 0f);
            angle += 2 * Math.PI * width / total;
        }
        g.setTransform(saved);
    }
}

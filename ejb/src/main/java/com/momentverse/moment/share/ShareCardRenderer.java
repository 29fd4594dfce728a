package com.momentverse.moment.share;

import com.momentverse.certificate.jasper.SkyChart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws a moment's share picture (Open Graph, Twitter's large card): 1200×630 pixels, the night
 * sky of the certificate's chart behind the title, who it is for, the span in UTC with BCE/CE,
 * its length and era, and the star; with a star, its sky chart on the right. Plain Java2D with
 * the certificate's fonts (so every title a certificate prints draws here), no container and no
 * state: one instance serves every thread.
 *
 * <p>The same card always gives the same picture (the faint stars behind the text are placed by
 * the card's fingerprint), so its fingerprint can stand for it as an ETag.
 */
public final class ShareCardRenderer {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private static final Color SKY_TOP = new Color(0x0B1533);
    private static final Color SKY_BOTTOM = new Color(0x1B2C5E);
    private static final Color GOLD = new Color(0xD4AF37);
    private static final Color INK = new Color(0xF4EFE1);
    private static final Color MUTED = new Color(0xB9C3DA);

    private static final int MARGIN = 72;
    private static final int CHART = 430;
    private static final int CHART_RIGHT = 64;
    private static final int TITLE_LINES = 3;
    private static final float[] TITLE_SIZES = {68f, 60f, 52f, 46f, 40f};

    /** The picture as PNG bytes. */
    public byte[] png(ShareCard card) {
        return Png.of(draw(card));
    }

    BufferedImage draw(ShareCard card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            drawSky(g, card.fingerprint());
            float textWidth = WIDTH - 2f * MARGIN;
            if (card.star() != null) {
                int x = WIDTH - CHART_RIGHT - CHART;
                g.drawImage(SkyChart.draw(card.star(), CHART, null), x, (HEIGHT - CHART) / 2, null);
                textWidth = x - MARGIN - 48f;
            }
            drawText(g, card, textWidth);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The night sky: the chart's gradient, faint stars placed by the fingerprint, a thin gold frame. */
    private static void drawSky(Graphics2D g, String fingerprint) {
        g.setPaint(new GradientPaint(0, 0, SKY_TOP, WIDTH * 0.4f, HEIGHT, SKY_BOTTOM));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        SplittableRandom random = new SplittableRandom(Long.parseUnsignedLong(fingerprint.substring(0, 15), 16));
        for (int i = 0; i < 140; i++) {
            double x = random.nextDouble() * WIDTH;
            double y = random.nextDouble() * HEIGHT;
            double r = 0.6 + random.nextDouble() * random.nextDouble() * 1.6;
            g.setColor(new Color(255, 255, 255, 40 + random.nextInt(70)));
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
        }
        g.setColor(new Color(GOLD.getRed(), GOLD.getGreen(), GOLD.getBlue(), 150));
        g.setStroke(new BasicStroke(2f));
        g.draw(new RoundRectangle2D.Double(24, 24, WIDTH - 48.0, HEIGHT - 48.0, 18, 18));
    }

    private static void drawText(Graphics2D g, ShareCard card, float width) {
        g.setColor(GOLD);
        CardText.sansBold(24f).layout(g, "MomentVerse", width, 1).draw(g, MARGIN, 60f, width, 30f);
        // The rest is one block, centred in the space below the name, its title as large as fits.
        float top = 110f;
        float room = HEIGHT - 56f - top;
        Block block = null;
        for (float size : TITLE_SIZES) {
            block = block(g, card, width, size);
            if (!block.title.cut() && block.height() <= room) {
                break;
            }
        }
        block.draw(g, MARGIN, top + Math.max(0f, (room - block.height()) / 2f), width);
    }

    private static Block block(Graphics2D g, ShareCard card, float width, float titleSize) {
        Block block = new Block(CardText.serifBold(titleSize).layout(g, card.title(), width, TITLE_LINES));
        block.add(block.title, titleSize * 1.22f, 0f, INK);
        if (card.dedicatedTo() != null) {
            block.add(CardText.sans(30f).layout(g, "for " + card.dedicatedTo(), width, 1), 38f, 6f, MUTED);
        }
        block.rule(44f);
        CardText span = CardText.sans(27f);
        CardText.Lines spanLines = span.layout(g, card.spanUtc(), width, 1);
        if (spanLines.cut()) {
            // Too long for one line: break after the dash, never inside a date.
            spanLines = span.layout(g, card.spanUtc().replace(" \u2013 ", " \u2013\n"), width, 2);
        }
        block.add(spanLines, 36f, 0f, INK);
        block.add(CardText.sans(23f).layout(g, card.details(), width, 1), 32f, 4f, MUTED);
        if (card.starLine() != null) {
            block.add(CardText.sansBold(27f).layout(g, "\u2605 " + card.starLine(), width, 1), 36f, 14f, GOLD);
        }
        return block;
    }

    /** The text under the name: parts one below the other, measured before they are drawn. */
    private static final class Block {
        private final CardText.Lines title;
        private final List<Part> parts = new ArrayList<>();

        Block(CardText.Lines title) {
            this.title = title;
        }

        /** Lines set {@code lineHeight} apart, {@code gap} below what comes before; a rule has no lines. */
        private record Part(CardText.Lines lines, float lineHeight, float gap, Color color) {
            float height() {
                return gap + (lines == null ? 0f : lines.lines().size() * lineHeight);
            }
        }

        void add(CardText.Lines lines, float lineHeight, float gap, Color color) {
            parts.add(new Part(lines, lineHeight, gap, color));
        }

        /** A short gold rule, in the middle of {@code height} of space. */
        void rule(float height) {
            parts.add(new Part(null, 0f, height, GOLD));
        }

        float height() {
            float height = 0f;
            for (Part part : parts) {
                height += part.height();
            }
            return height;
        }

        void draw(Graphics2D g, float x, float y, float width) {
            float at = y;
            for (Part part : parts) {
                g.setColor(part.color());
                if (part.lines() == null) {
                    g.setStroke(new BasicStroke(3f));
                    float middle = at + part.gap() / 2f;
                    g.draw(new Line2D.Float(x, middle, x + 96f, middle));
                    at += part.gap();
                } else {
                    at = part.lines().draw(g, x, at + part.gap(), width, part.lineHeight());
                }
            }
        }
    }
}

package com.momentverse.admin.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn by the server as SVG (no script, so nothing for the Content-Security-Policy
 * to allow): bars scaled to the largest value, each with its label under it (or only every
 * n-th label when there are many) and its value as a tooltip. The page draws it with
 * {@code WEB-INF/templates/bar-chart.xhtml}.
 */
public final class BarChart {

    /** The drawing's size in SVG units; it scales to the page's width. */
    public static final int WIDTH = 640;
    public static final int HEIGHT = 220;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;
    private static final int SIDE = 8;

    private final String id;
    private final String title;
    private final List<Bar> bars;

    private BarChart(String id, String title, List<Bar> bars) {
        this.id = id;
        this.title = title;
        this.bars = bars;
    }

    /**
     * @param id         the chart's element id
     * @param title      what the chart shows (its accessible name)
     * @param labelEvery write every n-th label only (1: all), counting from the last bar
     */
    public static BarChart of(String id, String title, List<Point> points, int labelEvery) {
        long max = points.stream().mapToLong(Point::value).max().orElse(0);
        int n = Math.max(1, points.size());
        double slot = (double) (WIDTH - 2 * SIDE) / n;
        double barWidth = Math.max(1, slot * 0.7);
        int plot = HEIGHT - TOP - BOTTOM;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            // A value above zero is always at least a sliver, so it can be seen and hovered.
            double height = max == 0 ? 0 : Math.max(point.value() == 0 ? 0 : 2, (double) plot * point.value() / max);
            double x = SIDE + i * slot + (slot - barWidth) / 2;
            boolean labelled = (points.size() - 1 - i) % labelEvery == 0;
            bars.add(new Bar(round(x), round(TOP + plot - height), round(barWidth), round(height),
                    round(x + barWidth / 2), point.name(), labelled ? point.axisLabel() : "", point.valueText()));
        }
        return new BarChart(id, title, List.copyOf(bars));
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<Bar> getBars() {
        return bars;
    }

    public String getViewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** Where the labels sit: under the baseline. */
    public int getLabelY() {
        return HEIGHT - BOTTOM + 16;
    }

    public int getBaselineY() {
        return HEIGHT - BOTTOM;
    }

    public int getRight() {
        return WIDTH - SIDE;
    }

    public int getLeft() {
        return SIDE;
    }

    /**
     * One value to draw: what it stands for (a day, an era), the label under its bar (short: the
     * bars are narrow), its value and how it is written (a count, a price).
     */
    public record Point(String name, String axisLabel, long value, String valueText) {

        public Point(String name, long value, String valueText) {
            this(name, name, value, valueText);
        }
    }

    /** One bar as drawn, every coordinate ready for the SVG. */
    public static final class Bar {

        private final String x;
        private final String y;
        private final String width;
        private final String height;
        private final String labelX;
        private final String name;
        private final String label;
        private final String valueText;

        Bar(String x, String y, String width, String height, String labelX, String name, String label, String valueText) {
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
            this.labelX = labelX;
            this.name = name;
            this.label = label;
            this.valueText = valueText;
        }

        public String getX() {
            return x;
        }

        public String getY() {
            return y;
        }

        public String getWidth() {
            return width;
        }

        public String getHeight() {
            return height;
        }

        public String getLabelX() {
            return labelX;
        }

        /** What the bar stands for: a day, an era, a step. */
        public String getName() {
            return name;
        }

        /** The label under the bar, or nothing when only every n-th bar is labelled. */
        public String getLabel() {
            return label;
        }

        public String getTooltip() {
            return name + ": " + valueText;
        }

        public String getValueText() {
            return valueText;
        }
    }
}

package com.momentverse.moment.share;

import com.momentverse.certificate.jasper.CertificateFonts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Text of the share picture in one style, set the way the certificate's font sets set it: each
 * character in the first font of the style that has it, CJK scripts always in WenQuanYi Micro
 * Hei, so Latin, Greek, Cyrillic, Hebrew, Arabic (joined, right to left) and CJK mix on one line.
 * Java2D's {@link TextLayout} does the shaping and the bidirectional order; lines wrap at word
 * boundaries (anywhere in CJK), and the last line allowed ends with an ellipsis when the text is
 * longer.
 */
final class CardText {

    private static final Set<Character.UnicodeScript> CJK_SCRIPTS = Set.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.BOPOMOFO);
    private static final String ELLIPSIS = "\u2026";

    private final float size;
    private final List<Font> fonts;
    private final Font cjk;

    /** @param fonts the style's fonts at size 1, in the order they are tried */
    private CardText(float size, List<Font> fonts) {
        this.size = size;
        this.fonts = fonts.stream().map(f -> f.deriveFont(size)).toList();
        this.cjk = CertificateFonts.cjk().deriveFont(size);
    }

    /** Titles: DejaVu Serif Bold, then DejaVu Sans Bold (Hebrew, Arabic). */
    static CardText serifBold(float size) {
        return new CardText(size, List.of(CertificateFonts.serifBold(), CertificateFonts.sansBold()));
    }

    static CardText sans(float size) {
        return new CardText(size, List.of(CertificateFonts.sans()));
    }

    static CardText sansBold(float size) {
        return new CardText(size, List.of(CertificateFonts.sansBold(), CertificateFonts.sans()));
    }

    /**
     * The laid-out lines of a text, at most {@code maxLines}, none wider than {@code width}. White
     * space runs become one space, except that a line break in the text always starts a new line.
     */
    Lines layout(Graphics2D g, String text, float width, int maxLines) {
        FontRenderContext frc = g.getFontRenderContext();
        List<TextLayout> lines = new ArrayList<>(maxLines);
        String[] paragraphs = text.strip().split("\\s*\n\\s*");
        for (int p = 0; p < paragraphs.length; p++) {
            String paragraph = paragraphs[p].replaceAll("\\s+", " ");
            if (paragraph.isEmpty()) {
                continue;
            }
            LineBreakMeasurer measurer = new LineBreakMeasurer(styled(paragraph).getIterator(), frc);
            int end = paragraph.length();
            while (measurer.getPosition() < end) {
                int start = measurer.getPosition();
                TextLayout line = measurer.nextLayout(width);
                boolean more = measurer.getPosition() < end || p < paragraphs.length - 1;
                if (lines.size() == maxLines - 1 && more) {
                    lines.add(ellipsized(paragraph.substring(start), width, frc));
                    return new Lines(lines, true, size);
                }
                lines.add(line);
            }
        }
        return new Lines(lines, false, size);
    }

    /**
     * The longest start of {@code rest} that fits the width with an ellipsis after it, ending at
     * a word's end when one is in its second half.
     */
    private TextLayout ellipsized(String rest, float width, FontRenderContext frc) {
        int low = 0;
        int high = rest.codePointCount(0, rest.length());
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (layout(cut(rest, rest.offsetByCodePoints(0, mid)), frc).getAdvance() <= width) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int end = rest.offsetByCodePoints(0, low);
        int space = rest.lastIndexOf(' ', end);
        if (end < rest.length() && rest.charAt(end) != ' ' && space > end / 2) {
            end = space;
        }
        return layout(cut(rest, end), frc);
    }

    private static String cut(String text, int end) {
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    private TextLayout layout(String text, FontRenderContext frc) {
        return new TextLayout(styled(text).getIterator(), frc);
    }

    /** The text with each run of characters in the font that draws them. */
    AttributedString styled(String text) {
        AttributedString styled = new AttributedString(text);
        int runStart = 0;
        Font runFont = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Font font = fontFor(codePoint);
            if (runFont != null && !font.equals(runFont)) {
                styled.addAttribute(TextAttribute.FONT, runFont, runStart, i);
                runStart = i;
            }
            runFont = font;
            i += Character.charCount(codePoint);
        }
        if (runFont != null) {
            styled.addAttribute(TextAttribute.FONT, runFont, runStart, text.length());
        }
        return styled;
    }

    Font fontFor(int codePoint) {
        if (CJK_SCRIPTS.contains(Character.UnicodeScript.of(codePoint))) {
            return cjk;
        }
        for (Font font : fonts) {
            if (font.canDisplay(codePoint)) {
                return font;
            }
        }
        return cjk.canDisplay(codePoint) ? cjk : fonts.get(0);
    }

    /** Lines laid out, whether the text had to be cut short, and the size of its type. */
    record Lines(List<TextLayout> lines, boolean cut, float size) {

        /**
         * Draws the lines from the top at {@code y}, each {@code lineHeight} apart; a right-to-left
         * line is set against the right edge of the column.
         *
         * @return where the next text may start, below the last line
         */
        float draw(Graphics2D g, float x, float y, float width, float lineHeight) {
            float baseline = y;
            for (TextLayout line : lines) {
                baseline += line.getAscent();
                float left = line.isLeftToRight() ? x : x + width - line.getAdvance();
                line.draw(g, left, baseline);
                baseline += lineHeight - line.getAscent();
            }
            return baseline;
        }
    }
}

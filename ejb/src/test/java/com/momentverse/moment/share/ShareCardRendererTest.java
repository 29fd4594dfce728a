package com.momentverse.moment.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentverse.certificate.jasper.CertificateStar;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ShareCardRendererTest {

    static final CertificateStar ANTARES = new CertificateStar("Antares", "α Scorpii", 80763, 247.3519, -26.4320,
            1.06, "Scorpius");
    static final String SPAN = "15 March 3300 BCE, 12:00:00 – 12:01:00 UTC";
    static final String DETAILS = "1 minute \u00B7 Ancient Civilizations";

    private final ShareCardRenderer renderer = new ShareCardRenderer();

    @Test
    void isA1200By630Png() throws IOException {
        byte[] png = renderer.png(new ShareCard("The first light of the Bronze Age", "Ada", SPAN, DETAILS, ANTARES));

        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        // Small enough for every network (Facebook takes up to 8 MB, X 5 MB).
        assertThat(png.length).isLessThan(1_000_000);
    }

    @Test
    void theSameCardGivesTheSamePictureAndAnotherTitleAnother() {
        ShareCard card = new ShareCard("Our first dance", null, SPAN, DETAILS, null);
        ShareCard renamed = new ShareCard("Our first dance, again", null, SPAN, DETAILS, null);

        assertThat(renderer.png(card)).isEqualTo(renderer.png(card));
        assertThat(renderer.png(renamed)).isNotEqualTo(renderer.png(card));
        assertThat(renamed.fingerprint()).isNotEqualTo(card.fingerprint()).matches("[0-9a-f]{24}");
        assertThat(new ShareCard("Our first dance", null, SPAN, DETAILS, null).fingerprint()).isEqualTo(card.fingerprint());
    }

    @Test
    void theStarIsDrawnAsASkyChartOnTheRight() {
        BufferedImage withStar = renderer.draw(new ShareCard("Title", null, SPAN, DETAILS, ANTARES));
        BufferedImage without = renderer.draw(new ShareCard("Title", null, SPAN, DETAILS, null));

        // The paired star, in gold, at the centre of the chart (x = 1200 - 64 - 430/2, y = 315).
        Color centre = new Color(withStar.getRGB(921, 315));
        assertThat(centre.getRed()).isGreaterThan(170);
        assertThat(centre.getBlue()).isLessThan(120);
        assertThat(new Color(without.getRGB(921, 315)).getRed()).isLessThan(120);
    }

    @Test
    void cjkArabicAndHebrewTitlesAreDrawnWithTheCertificateFonts() {
        CardText title = CardText.serifBold(60f);
        String mixed = "北斗の下で · 우리의 밤 · ليلة لقائنا · לילה";

        List<String> families = families(title, mixed);

        assertThat(families.get(0)).isEqualTo("WenQuanYi Micro Hei");                     // 北
        assertThat(families.get(mixed.indexOf('우'))).isEqualTo("WenQuanYi Micro Hei");   // Hangul
        assertThat(families.get(mixed.indexOf('ل'))).isEqualTo("DejaVu Sans");           // Arabic: not in the serif
        assertThat(families.get(mixed.indexOf('ל'))).isEqualTo("DejaVu Sans");           // Hebrew
        assertThat(families(title, "Bronze")).containsOnly("DejaVu Serif");
        // Every character has a glyph in its font: nothing would print as a box.
        for (int i = 0; i < mixed.length(); i++) {
            assertThat(title.fontFor(mixed.charAt(i)).canDisplay(mixed.charAt(i))).as("%s", mixed.charAt(i)).isTrue();
        }
        assertThat(renderer.png(new ShareCard(mixed, "ليلى وأحمد", SPAN, DETAILS, ANTARES))).isNotEmpty();
    }

    @Test
    void aTitleTooLongForThreeLinesEndsWithAnEllipsis() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        CardText.Lines lines = CardText.serifBold(40f).layout(image.createGraphics(), "word ".repeat(200), 600f, 3);

        assertThat(lines.cut()).isTrue();
        assertThat(lines.lines()).hasSize(3).allSatisfy(line -> assertThat(line.getAdvance()).isLessThanOrEqualTo(600f));
        assertThat(renderer.png(new ShareCard("x".repeat(120), "y".repeat(120), SPAN, DETAILS, ANTARES))).isNotEmpty();
    }

    /**
     * Writes sample pictures to look at when {@code -Dshare.samples.dir=/tmp/cards} is given:
     * {@code mvn -o -pl persistence,ejb -am test -Dspotbugs.skip -Dtest=ShareCardRendererTest
     * -Dsurefire.failIfNoSpecifiedTests=false -Dshare.samples.dir=/tmp/cards}.
     */
    @Test
    void writesSamplesWhenAsked() throws IOException {
        String dir = System.getProperty("share.samples.dir");
        if (dir == null) {
            return;
        }
        Path out = Files.createDirectories(Path.of(dir));
        Files.write(out.resolve("card-star.png"), renderer.png(new ShareCard(
                "The first light of the Bronze Age, when \"we\" <met> & stayed", "Giulia & Marco", SPAN, DETAILS, ANTARES)));
        Files.write(out.resolve("card-plain.png"), renderer.png(new ShareCard(
                "Apollo 11: one small step", null, "20 July 1969 CE, 20:17:40 – 20:18:40 UTC", "1 minute \u00B7 Modern Era", null)));
        Files.write(out.resolve("card-mixed.png"), renderer.png(new ShareCard(
                "北斗の下で · 우리의 밤 · 相遇之夜 · ليلة لقائنا", "ليلى وأحمد", SPAN, DETAILS, ANTARES)));
        Files.write(out.resolve("card-long.png"), renderer.png(new ShareCard(
                "A very long title that goes on and on, about the night we watched the comet cross the sky above the old harbour wall",
                "Everyone who was there that night", "31 December 1999 CE, 23:59:30 – 1 January 2000 CE, 00:00:30 UTC",
                "1 minute \u00B7 Modern Era", ANTARES)));
    }

    private static List<String> families(CardText text, String s) {
        var it = text.styled(s).getIterator();
        List<String> families = new java.util.ArrayList<>();
        for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) {
            families.add(((java.awt.Font) it.getAttribute(java.awt.font.TextAttribute.FONT)).getFamily());
        }
        return families;
    }
}

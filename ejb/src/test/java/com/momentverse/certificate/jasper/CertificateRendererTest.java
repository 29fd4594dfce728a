package com.momentverse.certificate.jasper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CertificateRendererTest {

    private static final float DPI = 200;
    private final CertificateRenderer renderer = new CertificateRenderer();

    @Test
    void standardCertificateShowsEveryField() {
        CertificateContent content = Certificates.standard();

        byte[] pdf = renderer.render(content);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Pdfs.pages(pdf)).isEqualTo(1);
        String text = Pdfs.text(pdf);
        assertThat(text).contains(
                "MV-7K3Q-9XWD",
                "The first light of the Bronze Age",
                "For every sunrise we watched together, and every one still to come.",
                "dedicated to Ötzi’s family",
                "by Giulia & Marco",
                "15 March 3300 BCE, 12:49:56 – 12:50:56 Europe/Rome (UTC+00:49:56)",
                "15 March 3300 BCE, 12:00:00 – 12:01:00 UTC",
                "lasting 1 minute",
                "Sirius · α Canis Majoris",
                "HIP 32349", "RA 6h 45m 08.9s", "Dec −16° 42′ 58″", "magnitude −1.44", "Canis Major",
                "26 November 2026 CE",
                Certificates.URL);
    }

    @Test
    void bceDatesComeFromTheSpanNotFromJavaUtilDate() {
        CertificateContent content = Certificates.standard();

        assertThat(content.spanInZone()).isEqualTo("15 March 3300 BCE, 12:49:56 – 12:50:56 Europe/Rome (UTC+00:49:56)");
        assertThat(content.spanUtc()).isEqualTo("15 March 3300 BCE, 12:00:00 – 12:01:00 UTC");
        assertThat(content.durationInWords()).isEqualTo("1 minute");
        // Through java.util.Date the same instant would print as 10 April 3300 (Julian calendar).
        assertThat(Pdfs.text(renderer.render(content))).contains("15 March 3300 BCE").doesNotContain("April");
    }

    @Test
    void optionalFieldsMayBeMissing() {
        CertificateContent content = CertificateContent.of("MV-AAAA-BBBB", "Just a moment", null, null,
                "Anonymous", Certificates.ANCIENT, ZoneId.of("UTC"), null, Instant.parse("2026-01-01T00:00:00Z"),
                Certificates.URL, false);

        String text = Pdfs.text(renderer.render(content));

        assertThat(text).contains("Just a moment", "by Anonymous", "MV-AAAA-BBBB")
                .doesNotContain("dedicated to", "T H E S T A R", "HIP", "\u201C");
    }

    @Test
    void everyScriptRendersMixedOnOneLineWithEmbeddedFonts() {
        String latin = "Moment";
        String greek = "Στιγμή";
        String cyrillic = "Мгновение";
        String hebrew = "רגע";
        String arabic = "لحظة";
        String chinese = "永恒的瞬间";
        String japanese = "ひとときカタカナ";
        String korean = "한순간";
        String title = String.join(" ", latin, greek, cyrillic, hebrew, arabic, chinese, japanese, korean);
        CertificateContent content = Certificates.premium(title, "ليلى وأحمد", Certificates.SIRIUS);

        byte[] pdf = renderer.render(content);

        String text = Pdfs.text(pdf);
        assertThat(text).contains(latin, greek, cyrillic, japanese, korean);
        // PDFBox may put a space where the CJK run changes position; the letters are all there.
        assertThat(text.replace(" ", "")).contains(chinese);
        // PDFBox gives right-to-left words in logical order, as typed.
        assertThat(text).contains(hebrew, arabic, "ليلى وأحمد");
        List<Pdfs.FontInfo> fonts = Pdfs.fonts(pdf);
        assertThat(fonts).extracting(Pdfs.FontInfo::baseName)
                .contains("DejaVuSerif", "DejaVuSans", "WenQuanYiMicroHei");
        // Every font that draws text is embedded. OpenPDF also names Helvetica (standard 14) on
        // image chunks; it draws no glyph.
        assertThat(fonts).filteredOn(f -> !f.name().equals("Helvetica"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.embedded()).as(f.name()).isTrue());
    }

    @Test
    void symbolsAndCjkPunctuationFallToAFontThatHasThem() {
        String title = "Smile \uD83D\uDE00 \u2605 \u263A \u2726 \u3002\u300C\u6771\u4EAC\u300D\u3001";
        CertificateContent content = Certificates.premium(title, "\u263A \u05E9\u05E8\u05D4 \u2726", Certificates.SIRIUS);

        byte[] pdf = renderer.render(content);

        // Each character comes back as itself: no .notdef glyph was drawn in its place.
        assertThat(Pdfs.text(pdf).replace(" ", "")).contains(title.replace(" ", ""), "\u263A\u05E9\u05E8\u05D4\u2726");
    }

    @Test
    void qrCodeDecodesBackToTheVerificationUrl() throws Exception {
        byte[] standard = renderer.render(Certificates.standard());
        byte[] premium = renderer.render(Certificates.premium("Premium", null, Certificates.DUBHE));

        assertThat(decodeQr(standard)).isEqualTo(Certificates.URL);
        assertThat(decodeQr(premium)).isEqualTo("https://momentverse.example/verify/MV-PR3M-4H2X");
    }

    @Test
    void premiumHasGoldFrameSealAndSkyChart() {
        byte[] standard = renderer.render(Certificates.standard());
        byte[] premium = renderer.render(Certificates.premium("Premium", null, Certificates.DUBHE));

        // Standard: the QR code only. Premium: QR code, seal and sky chart (480 and 400 px square).
        assertThat(Pdfs.imageSizes(standard)).hasSize(1);
        assertThat(Pdfs.imageSizes(premium)).hasSize(3).contains("480x480", "400x400");
        assertThat(Pdfs.text(premium)).contains("P R E M I U M", "The sky around the star");

        // The outer frame at x = 16 pt: gold on premium, navy on standard.
        Color premiumFrame = pixel(premium, 16, 300);
        Color standardFrame = pixel(standard, 22, 300);
        assertThat(premiumFrame.getRed()).isGreaterThan(150);
        assertThat(premiumFrame.getBlue()).isLessThan(100);
        assertThat(standardFrame.getRed()).isLessThan(80);
    }

    @Test
    void premiumWithoutStarHasNoChart() {
        CertificateContent content = CertificateContent.of("MV-AAAA-CCCC", "No star", null, null, "Someone",
                Certificates.ANCIENT, ZoneId.of("UTC"), null, Instant.parse("2026-01-01T00:00:00Z"),
                Certificates.URL, true);

        assertThat(Pdfs.imageSizes(renderer.render(content))).hasSize(2);
    }

    @Test
    void emojiIsRefusedWithAClearMessageInsteadOfPrintingABox() {
        CertificateContent content = Certificates.premium("Our day \uD83C\uDF89", null, Certificates.SIRIUS);

        assertThatThrownBy(() -> renderer.render(content))
                .isInstanceOf(UnprintableTextException.class)
                .hasMessageContaining("title")
                .hasMessageContaining("U+1F389")
                .satisfies(e -> assertThat(((UnprintableTextException) e).getField()).isEqualTo("title"));
    }

    @Test
    void glyphCheckAcceptsEveryScriptOfTheProduct() {
        assertThat(CertificateGlyphs.firstUnprintable(
                "Aé ß Ω Ж א ب 中 日本 カ 한 ㄅ “” – · ° ′ ″ −\n")).isEmpty();
        assertThat(CertificateGlyphs.firstUnprintable("\uD83C\uDF89")).hasValue(0x1F389);
        // Symbols and the few emoticons DejaVu Sans has print in monochrome: ✦ ★ ❤ ☺ 😀.
        assertThat(CertificateGlyphs.firstUnprintable("\u2726 \u2605 \u2764 \u263A \uD83D\uDE00")).isEmpty();
        assertThat(CertificateGlyphs.firstUnprintable(null)).isEmpty();
    }

    @Test
    void rendersAreReproducibleInContent() {
        // Same content, same text (the PDF bytes differ only in creation date and ids).
        CertificateContent content = Certificates.standard();
        assertThat(Pdfs.text(renderer.render(content))).isEqualTo(Pdfs.text(renderer.render(content)));
    }

    private static String decodeQr(byte[] pdf) throws NotFoundException, ChecksumException, FormatException {
        BufferedImage page = Pdfs.render(pdf, DPI);
        // The QR code sits in the bottom-right corner (x 700–800 pt, y 455–560 pt).
        BufferedImage corner = page.getSubimage(695 * page.getWidth() / 842, 450 * page.getHeight() / 595,
                110 * page.getWidth() / 842, 110 * page.getHeight() / 595);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(corner)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
    }

    private static Color pixel(byte[] pdf, int xPt, int yPt) {
        BufferedImage page = Pdfs.render(pdf, 144);
        return new Color(page.getRGB(2 * xPt, 2 * yPt));
    }
}

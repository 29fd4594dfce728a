package com.momentverse.certificate.jasper;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SkyChartTest {

    @Test
    void catalogueIsReadOnce() {
        SkyCatalogue sky = SkyCatalogue.get();

        assertThat(SkyCatalogue.get()).isSameAs(sky);
        assertThat(sky.star(32349)).isNotNull();
        assertThat(sky.star(32349).constellation()).isEqualTo("CMa");
        assertThat(sky.visibleStars()).hasSizeBetween(8_000, 10_000)
                .allSatisfy(s -> assertThat(s.magnitude()).isLessThanOrEqualTo(SkyCatalogue.FAINTEST));
        assertThat(sky.figures().stream().map(SkyCatalogue.Figure::constellation).distinct()).hasSize(88);
        assertThat(sky.figures()).allSatisfy(f -> assertThat(f.points().length).isGreaterThanOrEqualTo(2));
    }

    @Test
    void chartIsARoundPictureWithThePairedStarInGoldAtTheCentre() throws Exception {
        byte[] jpeg = SkyChart.jpeg(Certificates.SIRIUS);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(image.getHeight()).isEqualTo(480);
        Color centre = new Color(image.getRGB(240, 240), true);
        assertThat(centre.getRed()).isGreaterThan(180);
        assertThat(centre.getBlue()).isLessThan(120);
        // Outside the disc: the premium paper colour, opaque .
        Color corner = new Color(image.getRGB(1, 1));
        assertThat(Math.abs(corner.getRed() - SkyChart.PAPER.getRed())
                + Math.abs(corner.getGreen() - SkyChart.PAPER.getGreen())
                + Math.abs(corner.getBlue() - SkyChart.PAPER.getBlue())).isLessThan(12); // JPEG is lossy
        assertThat(image.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void chartWorksNearThePoleAndAcrossRightAscensionZero() {
        CertificateStar polaris = new CertificateStar("Polaris", "α Ursae Minoris", 11767, 37.9546, 89.2641,
                1.97, "Ursa Minor");
        CertificateStar alpheratz = new CertificateStar("Alpheratz", "α Andromedae", 677, 2.0969, 29.0904,
                2.07, "Andromeda");

        assertThat(SkyChart.jpeg(polaris)).isNotEmpty();
        assertThat(SkyChart.jpeg(alpheratz)).isNotEmpty();
    }
}

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
    void chartIsARoundPngWithThePairedStarInGoldAtTheCentre() throws Exception {
        byte[] png = SkyChart.png(Certificates.SIRIUS);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(600);
        Color centre = new Color(image.getRGB(300, 300), true);
        assertThat(centre.getRed()).isGreaterThan(180);
        assertThat(centre.getBlue()).isLessThan(120);
        // Outside the disc the picture is transparent.
        assertThat(new Color(image.getRGB(2, 2), true).getAlpha()).isZero();
    }

    @Test
    void chartWorksNearThePoleAndAcrossRightAscensionZero() {
        CertificateStar polaris = new CertificateStar("Polaris", "α Ursae Minoris", 11767, 37.9546, 89.2641,
                1.97, "Ursa Minor");
        CertificateStar alpheratz = new CertificateStar("Alpheratz", "α Andromedae", 677, 2.0969, 29.0904,
                2.07, "Andromeda");

        assertThat(SkyChart.png(polaris)).isNotEmpty();
        assertThat(SkyChart.png(alpheratz)).isNotEmpty();
    }
}

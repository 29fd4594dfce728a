package com.momentverse.certificate.jasper;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes the samples of {@code docs/samples}: the two designs as PDF and their pages as PNG
 * (rendered with PDFBox at 110 dpi). On demand only:
 * {@code mvn -pl persistence,ejb -am test -Dspotbugs.skip -DexcludedTestGroups=none
 * -Dtest=SampleDump -Dsurefire.failIfNoSpecifiedTests=false -Dsamples.dir=$PWD/docs/samples}.
 */
@Tag("samples")
class SampleDump {

    @Test
    void writeSamples() throws Exception {
        Path dir = Path.of(System.getProperty("samples.dir", "target/samples"));
        Files.createDirectories(dir);
        CertificateRenderer renderer = new CertificateRenderer();
        write(dir, "certificate-standard", renderer.render(Certificates.standard()));
        write(dir, "certificate-premium", renderer.render(Certificates.premium(
                "北斗の下で · 우리의 밤 · 相遇之夜 · ليلة لقائنا", "ليلى وأحمد", Certificates.DUBHE)));
    }

    private static void write(Path dir, String name, byte[] pdf) throws Exception {
        Files.write(dir.resolve(name + ".pdf"), pdf);
        ImageIO.write(Pdfs.render(pdf, 110), "png", dir.resolve(name + ".png").toFile());
    }
}

package com.momentverse.certificate.jasper;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Writes the sample PDFs of docs/samples: mvn ... -Dgroups=samples -Dtest=SampleDump -Dsamples.dir=... */
@Tag("samples")
class SampleDump {

    @Test
    void writeSamples() throws Exception {
        Path dir = Path.of(System.getProperty("samples.dir", "target/samples"));
        Files.createDirectories(dir);
        CertificateRenderer renderer = new CertificateRenderer();
        Files.write(dir.resolve("certificate-standard.pdf"), renderer.render(Certificates.standard()));
        Files.write(dir.resolve("certificate-premium.pdf"), renderer.render(Certificates.premium(
                "北斗七星の下で · 우리가 만난 밤 · 我们相遇的夜晚", "ليلى وأحمد", Certificates.DUBHE)));
    }
}

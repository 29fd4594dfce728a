package com.momentverse.certificate.jasper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * PNG bytes of a drawn picture. Pictures go to JasperReports as PNG (lossless, and embedded in
 * the PDF almost as they are) rather than as AWT images the exporter would re-encode.
 */
final class Png {

    private Png() {
    }

    static byte[] of(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

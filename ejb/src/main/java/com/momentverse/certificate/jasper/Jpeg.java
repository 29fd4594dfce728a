package com.momentverse.certificate.jasper;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * JPEG bytes of a drawn picture (the seal, the sky chart). The PDF exporter copies a JPEG into
 * the PDF as it is, while it decodes a PNG and compresses it again: measured, the seal and the
 * chart as PNG cost ~40 ms per certificate, as JPEG almost nothing. At quality 0.92 and
 * 200+ dpi on the page, JPEG's softening is not visible on these pictures. The QR code stays
 * PNG ({@link QrCode}): it must stay sharp to decode.
 */
final class Jpeg {

    private static final float QUALITY = 0.92f;

    private Jpeg() {
    }

    /** An opaque picture as JPEG (fastest from TYPE_3BYTE_BGR, which the writer reads without converting). */
    static byte[] of(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IllegalStateException("No JPEG writer in this Java runtime");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

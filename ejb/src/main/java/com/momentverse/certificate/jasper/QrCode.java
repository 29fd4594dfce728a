package com.momentverse.certificate.jasper;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The QR code of a certificate's verification URL as PNG bytes. PNG because it is lossless:
 * a JPEG blurs the modules and the code stops decoding from the PDF. Each module is drawn as a
 * square of whole pixels so the PDF viewer's scaling keeps the edges sharp.
 */
final class QrCode {

    /** Pixels per QR module: enough for a print of 3–4 cm without visible steps. */
    private static final int PIXELS_PER_MODULE = 8;

    private QrCode() {
    }

    /** The PNG of a QR code (error correction M, a quiet zone of 2 modules) holding {@code text}. */
    static byte[] png(String text) {
        Map<EncodeHintType, Object> hints = Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                EncodeHintType.MARGIN, 2);
        try {
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
            BitMatrix pixels = scale(modules, PIXELS_PER_MODULE);
            ByteArrayOutputStream png = new ByteArrayOutputStream(4096);
            MatrixToImageWriter.writeToStream(pixels, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text cannot be a QR code: " + text, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BitMatrix scale(BitMatrix modules, int factor) {
        BitMatrix scaled = new BitMatrix(modules.getWidth() * factor, modules.getHeight() * factor);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y)) {
                    scaled.setRegion(x * factor, y * factor, factor, factor);
                }
            }
        }
        return scaled;
    }
}

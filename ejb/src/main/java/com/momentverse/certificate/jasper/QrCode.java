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
 * a JPEG blurs the modules and the code stops decoding from the PDF. One pixel per module: the
 * PDF image is not marked for interpolation, so viewers and printers enlarge it with sharp
 * edges, and the tiny image costs almost nothing to make and embed (drawn at 8 pixels per
 * module, the QR code took ~20 % of a premium render, in ZXing's per-pixel image writing and
 * the exporter's PNG decoding).
 */
final class QrCode {

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
            ByteArrayOutputStream png = new ByteArrayOutputStream(512);
            MatrixToImageWriter.writeToStream(modules, "PNG", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text cannot be a QR code: " + text, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

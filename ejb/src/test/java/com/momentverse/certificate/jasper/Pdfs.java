package com.momentverse.certificate.jasper;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the tests read back from a certificate PDF, with PDFBox. */
final class Pdfs {

    private Pdfs() {
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page's text with whitespace runs collapsed to one space (a field that wraps or is
     * split into several runs still reads as one phrase), and the Arabic presentation forms
     * the PDF carries (joined letter shapes) turned back into ordinary Arabic letters.
     */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String raw = new PDFTextStripper().getText(document);
            StringBuilder text = new StringBuilder(raw.length());
            raw.codePoints().forEach(c -> {
                String letter = new String(Character.toChars(c));
                boolean presentationForm = c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
                text.append(presentationForm ? Normalizer.normalize(letter, Normalizer.Form.NFKC) : letter);
            });
            return text.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts of the first page: "name embedded|not-embedded". */
    static List<FontInfo> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<FontInfo> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(new FontInfo(font.getName(), font.isEmbedded()));
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record FontInfo(String name, boolean embedded) {
        /** The name without the subset prefix: "ABCDEF+DejaVuSans" is "DejaVuSans". */
        String baseName() {
            int plus = name.indexOf('+');
            return plus == 6 ? name.substring(7) : name;
        }
    }

    /** Sizes (width × height in pixels) of the pictures on the first page (not their transparency masks). */
    static List<String> imageSizes(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            Set<COSBase> masks = new HashSet<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                    if (image.getSoftMask() != null) {
                        masks.add(image.getSoftMask().getCOSObject());
                    }
                }
            }
            List<String> sizes = new ArrayList<>();
            for (PDImageXObject image : images) {
                if (!masks.contains(image.getCOSObject())) {
                    sizes.add(image.getWidth() + "x" + image.getHeight());
                }
            }
            return sizes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page as a picture, {@code dpi} dots per inch. */
    static BufferedImage render(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

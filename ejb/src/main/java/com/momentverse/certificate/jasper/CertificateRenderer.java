package com.momentverse.certificate.jasper;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Renders a certificate to PDF. A plain class with no container dependency and no state of its
 * own (templates, fonts and sky data are loaded once per class loader and shared), so one
 * instance can serve every thread, e.g. from an application-scoped CDI producer.
 *
 * <p>Everything reaches the template as a String or image bytes (PNG for the QR code, JPEG for
 * the seal and sky chart); every text is first checked
 * against the certificate fonts ({@link CertificateGlyphs}), so a character that would print as
 * a missing-glyph box is refused with {@link UnprintableTextException} instead.
 */
public class CertificateRenderer {

    /** Parameter names shared with the two {@code .jrxml} templates. */
    static final String NUMBER = "number";
    static final String TITLE = "title";
    static final String MESSAGE = "message";
    static final String DEDICATED_TO = "dedicatedTo";
    static final String DEDICATED_BY = "dedicatedBy";
    static final String SPAN_IN_ZONE = "spanInZone";
    static final String SPAN_UTC = "spanUtc";
    static final String DURATION = "durationInWords";
    static final String STAR_NAME = "starName";
    static final String STAR_DETAILS = "starDetails";
    static final String ISSUED_ON = "issuedOn";
    static final String VERIFICATION_URL = "verificationUrl";
    static final String QR_PNG = "qrPng";
    static final String SKY_CHART_IMAGE = "skyChartImage";
    static final String SEAL_IMAGE = "sealImage";

    /**
     * The certificate as a one-page PDF (A4 landscape), every font that draws text embedded as
     * a subset. (The page also names Helvetica, not embedded: OpenPDF attaches it to the chunks
     * that carry images; no glyph is drawn with it, and it is one of the PDF standard fonts.)
     *
     * @throws UnprintableTextException     when a text holds a character no certificate font has
     * @throws CertificateRenderingException when JasperReports fails
     */
    public byte[] render(CertificateContent content) {
        JasperPrint print;
        try {
            print = JasperFillManager.fillReport(CompiledTemplates.of(content.premium()),
                    parameters(content), new JREmptyDataSource(1));
        } catch (JRException e) {
            throw new CertificateRenderingException("Cannot fill certificate " + content.number(), e);
        }
        return export(print, content);
    }

    static Map<String, Object> parameters(CertificateContent content) {
        Map<String, Object> p = new HashMap<>(24);
        text(p, NUMBER, content.number());
        text(p, TITLE, content.title());
        text(p, MESSAGE, content.message());
        text(p, DEDICATED_TO, content.dedicatedTo());
        text(p, DEDICATED_BY, content.dedicatedBy());
        text(p, SPAN_IN_ZONE, content.spanInZone());
        text(p, SPAN_UTC, content.spanUtc());
        text(p, DURATION, content.durationInWords());
        text(p, ISSUED_ON, content.issuedOn());
        text(p, VERIFICATION_URL, content.verificationUrl());
        CertificateStar star = content.star();
        if (star != null) {
            text(p, STAR_NAME, starName(star));
            text(p, STAR_DETAILS, starDetails(star));
        }
        p.put(QR_PNG, QrCode.png(content.verificationUrl()));
        if (content.premium()) {
            p.put(SEAL_IMAGE, Seal.jpeg());
            if (star != null) {
                p.put(SKY_CHART_IMAGE, SkyChart.jpeg(star));
            }
        }
        return p;
    }

    /** "Sirius · α Canis Majoris", or the designation alone when it is the display name. */
    static String starName(CertificateStar star) {
        String designation = star.designation();
        if (designation == null || designation.isBlank() || designation.equals(star.displayName())) {
            return star.displayName();
        }
        return star.displayName() + " \u00B7 " + designation;
    }

    /** "HIP 32349 · RA 6h 45m 08.9s · Dec −16° 42′ 58″ · magnitude −1.44 · Canis Major". */
    static String starDetails(CertificateStar star) {
        return "HIP " + star.hip()
                + "  \u00B7  RA " + CelestialText.rightAscension(star.raDeg())
                + "  \u00B7  Dec " + CelestialText.declination(star.decDeg())
                + "  \u00B7  magnitude " + CelestialText.magnitude(star.magnitude())
                + "  \u00B7  " + star.constellationName();
    }

    private static void text(Map<String, Object> parameters, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        CertificateGlyphs.check(name, value);
        parameters.put(name, value.strip());
    }

    private static byte[] export(JasperPrint print, CertificateContent content) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(96 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setCompressed(true);
        configuration.setMetadataTitle("MomentVerse certificate " + content.number());
        configuration.setMetadataSubject(content.title());
        configuration.setMetadataCreator("MomentVerse");
        configuration.setMetadataAuthor("MomentVerse");
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new CertificateRenderingException("Cannot export certificate " + content.number(), e);
        }
        return pdf.toByteArray();
    }
}

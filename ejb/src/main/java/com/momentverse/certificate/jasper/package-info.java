/**
 * Certificates as PDF, made with JasperReports and nothing from the container, so a CDI bean,
 * a batch job or a unit test can use it alike: {@link com.momentverse.certificate.jasper.CertificateRenderer}
 * turns a {@link com.momentverse.certificate.jasper.CertificateContent} (ready-to-print text,
 * never {@code java.util.Date}, so BCE dates stay right) into PDF bytes.
 *
 * <p>The two designs ({@code certificate-standard.jrxml}, {@code certificate-premium.jrxml} in
 * {@code src/main/jasperreports}) are compiled to {@code .jasper} at build time and read from the
 * class path, so no Java compiler is needed at run time. Pictures reach the templates as image
 * bytes: the QR code (PNG) of the verification URL ({@link com.momentverse.certificate.jasper.QrCode}),
 * and on the premium design the seal (JPEG, see {@link com.momentverse.certificate.jasper.Jpeg}) ({@link com.momentverse.certificate.jasper.Seal}) and a
 * small sky chart around the star ({@link com.momentverse.certificate.jasper.SkyChart}, from the
 * catalogue copy in {@code sky/}). Text is set in two font sets of our font extension
 * ({@code certificate/fonts/fonts.xml}) that cover Latin, Greek, Cyrillic, Hebrew, Arabic and
 * CJK with Hangul, mixed on one line; {@link com.momentverse.certificate.jasper.CertificateGlyphs}
 * refuses any character those fonts cannot draw (emoji among them) rather than print a box.
 */
package com.momentverse.certificate.jasper;

package com.momentverse.certificate;

import com.momentverse.certificate.jasper.CertificateContent;
import com.momentverse.certificate.jasper.CertificateRenderer;
import com.momentverse.certificate.jasper.CertificateStar;
import com.momentverse.common.PublicUrl;
import com.momentverse.moment.Moment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;

/**
 * What a moment's certificate says, handed to the {@link CertificateRenderer}: one renderer for
 * the application (it keeps no state), and the verification address that the QR code carries,
 * {@code <public URL>/verify/<number>}.
 */
@ApplicationScoped
public class CertificateRendering {

    private final CertificateRenderer renderer = new CertificateRenderer();

    @Inject
    @ConfigProperty(name = "mv.public-url")
    String publicUrl;

    public byte[] render(Moment moment, String dedicatedBy, CertificateNumber number, Instant issuedAt) {
        CertificateStar star = moment.getStar().map(CertificateStar::of).orElse(null);
        return renderer.render(CertificateContent.of(number.value(), moment.getTitle(), moment.getMessage(),
                moment.getDedicatedTo(), dedicatedBy, moment.getSpan(), moment.getTimeZone(), star, issuedAt,
                verificationUrl(number), moment.isPremiumCertificate()));
    }

    /** Where anyone checks the certificate: the address printed on it and in its QR code. */
    public String verificationUrl(CertificateNumber number) {
        return PublicUrl.of(publicUrl, "/verify/" + number.value());
    }
}

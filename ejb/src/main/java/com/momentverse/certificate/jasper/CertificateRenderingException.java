package com.momentverse.certificate.jasper;

/** JasperReports could not fill or export a certificate: a fault of ours, never of the input. */
public class CertificateRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CertificateRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}

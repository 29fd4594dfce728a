package com.momentverse.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The PDF of a certificate, exactly as issued: written once, never changed (its columns are not
 * updatable), read only for downloads, so listing certificates never loads it.
 */
@Entity
@Table(name = "certificate_pdf")
public class CertificatePdf {

    @Id
    @Column(name = "number", length = 12)
    private String number;

    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected CertificatePdf() {
        // for JPA
    }

    public CertificatePdf(CertificateNumber number, byte[] content) {
        this.number = number.value();
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}

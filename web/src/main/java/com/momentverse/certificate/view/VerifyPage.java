package com.momentverse.certificate.view;

import com.momentverse.certificate.CertificateNumber;
import com.momentverse.certificate.CertificateService;
import com.momentverse.certificate.CertificateView;
import com.momentverse.certificate.FileCheck;
import com.momentverse.common.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;

/**
 * {@code /verify/{number}}: whether a certificate is genuine, its status, what it certifies (of a
 * private moment only that it is valid and private), and a box to check a PDF file against the
 * SHA-256 on record. For anyone, signed in or not.
 */
@Named
@ViewScoped
public class VerifyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    @EJB
    CertificateService certificates;

    private String number;
    private CertificateView certificate;
    private transient Part file;
    private Boolean fileMatches;

    public void load() {
        Optional<CertificateNumber> parsed = CertificateNumber.parse(number);
        if (parsed.isEmpty()) {
            return;
        }
        try {
            certificate = certificates.find(parsed.get());
        } catch (NotFoundException e) {
            certificate = null;
        }
        if (certificate == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    /** Compares the uploaded file with the record. */
    public void check() throws IOException {
        if (certificate == null) {
            return;
        }
        if (file == null || file.getSize() == 0 || file.getSize() > MAX_FILE_BYTES) {
            FacesContext.getCurrentInstance().addMessage("verify:file", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose the certificate's PDF file (at most 10 MB).", null));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            FileCheck check = certificates.check(new CertificateNumber(certificate.number()), in.readAllBytes());
            fileMatches = check.matches();
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CertificateView getCertificate() {
        return certificate;
    }

    public boolean isFound() {
        return certificate != null;
    }

    public String getCertificateNumber() {
        return certificate == null ? null : certificate.number();
    }

    public String getSupersededBy() {
        return certificate == null ? null : certificate.supersededBy();
    }

    /** Of a private moment nothing but "valid, private" is shown. */
    public boolean isPrivateMoment() {
        return certificate != null && certificate.isPrivate();
    }

    public String getStatus() {
        return certificate == null ? null : certificate.status().name();
    }

    /** Null until a file was checked; then whether it is the certificate, byte for byte. */
    public Boolean getFileMatches() {
        return fileMatches;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getTitle() {
        return certificate == null || certificate.isPrivate() ? null : certificate.moment().title();
    }

    public String getSpanUtc() {
        return certificate == null || certificate.isPrivate() ? null : certificate.moment().span().formatUtc();
    }

    public String getSpanInZone() {
        return certificate == null || certificate.isPrivate() ? null
                : certificate.moment().span().format(certificate.moment().timeZone());
    }

    public String getDedicatedTo() {
        return certificate == null || certificate.isPrivate() ? null : certificate.moment().dedicatedTo();
    }

    public String getDedicatedBy() {
        return certificate == null || certificate.isPrivate() ? null : certificate.moment().dedicatedBy();
    }

    public String getStar() {
        return certificate == null || certificate.isPrivate() || certificate.moment().star() == null ? null
                : certificate.moment().star().getDisplayName();
    }
}

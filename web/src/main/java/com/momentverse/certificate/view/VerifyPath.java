package com.momentverse.certificate.view;

import com.momentverse.certificate.CertificateNumber;
import com.momentverse.web.PathPageServlet;
import jakarta.servlet.annotation.WebServlet;

import java.util.Optional;

/** Serves {@code /verify/{number}} (the address on every certificate and in its QR code) with {@code /verify.xhtml}. */
@WebServlet(name = VerifyPath.NAME, urlPatterns = "/verify/*")
public class VerifyPath extends PathPageServlet {

    private static final long serialVersionUID = 1L;

    /** The servlet's name: the security headers filter knows it answers with a page. */
    public static final String NAME = "VerifyPath";

    @Override
    protected String page() {
        return "/verify.xhtml";
    }

    @Override
    protected Optional<String> query(String pathInfo) {
        return CertificateNumber.parse(pathInfo.substring(1)).map(number -> "number=" + number.value());
    }
}

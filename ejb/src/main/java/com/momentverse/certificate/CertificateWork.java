package com.momentverse.certificate;

import com.momentverse.mail.ErrorSummary;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Issues one order's certificate, now or soon (on the container's asynchronous threads), and logs the outcome. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CertificateWork {

    private static final Logger LOG = Logger.getLogger(CertificateWork.class);

    @EJB
    CertificateIssuer issuer;

    @Asynchronous
    public void issueSoon(UUID orderId) {
        issueNow(orderId);
    }

    public void issueNow(UUID orderId) {
        try {
            issuer.issue(orderId).ifPresent(number -> LOG.infof("Certificate %s issued for order %s", number, orderId));
        } catch (RuntimeException e) {
            // Another node issued it at the same moment (the unique index said no), or the render
            // failed: the catch-up tries again.
            LOG.warnf("Certificate for order %s not issued now, retried later: %s", orderId, ErrorSummary.of(e));
        }
    }
}

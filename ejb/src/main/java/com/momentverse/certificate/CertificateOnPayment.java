package com.momentverse.certificate;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Issues a certificate as soon as a payment's transaction has committed (never before: a
 * payment rolled back issues nothing), on another thread, so the payment's request or webhook
 * answers without waiting for the render.
 */
@ApplicationScoped
public class CertificateOnPayment {

    @EJB
    CertificateWork work;

    void onPaid(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderPaid paid) {
        work.issueSoon(paid.orderId());
    }
}

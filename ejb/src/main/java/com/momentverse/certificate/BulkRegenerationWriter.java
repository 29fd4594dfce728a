package com.momentverse.certificate;

import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import com.momentverse.mail.ErrorSummary;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Replaces each certificate of a chunk, each in a transaction of its own, so one that cannot be
 * rendered stays VALID (logged and counted as {@code mv_certificate_regeneration_failures_total})
 * and does not stop the others; one that stopped being VALID meanwhile (refunded, or regenerated
 * by hand) is passed over.
 */
@Named
@Dependent
public class BulkRegenerationWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(BulkRegenerationWriter.class);

    @EJB
    CertificateIssuer issuer;

    @Inject
    MeterRegistry meters;

    @Inject
    @BatchProperty
    String actor;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            CertificateNumber number = (CertificateNumber) item;
            try {
                issuer.regenerate(number, actor);
            } catch (StateConflictException | NotFoundException e) {
                LOG.debugf("Certificate %s is no longer valid; not regenerated", number);
            } catch (EJBException e) {
                meters.counter("mv.certificate.regeneration.failures").increment();
                LOG.warnf("Certificate %s could not be regenerated and stays valid: %s", number, ErrorSummary.of(e));
            }
        }
    }
}

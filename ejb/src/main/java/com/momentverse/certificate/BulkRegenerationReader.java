package com.momentverse.certificate;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the numbers of the certificates a bulk regeneration still has to replace, in number
 * order, a page at a time. Its checkpoint is the last number handed out, so a restarted job goes
 * on after it; a certificate already replaced is no longer VALID and never read again.
 */
@Named
@Dependent
public class BulkRegenerationReader extends AbstractItemReader {

    static final int PAGE = 50;

    @Inject
    CertificateRepository certificates;

    @Inject
    @BatchProperty
    String premium;

    @Inject
    @BatchProperty
    String issuedFrom;

    @Inject
    @BatchProperty
    String issuedBefore;

    private RegenerationScope scope;
    private final Deque<CertificateNumber> page = new ArrayDeque<>();
    private String last = "";

    @Override
    public void open(Serializable checkpoint) {
        scope = BulkRegeneration.scopeOf(premium, issuedFrom, issuedBefore);
        if (checkpoint != null) {
            last = (String) checkpoint;
        }
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(certificates.toRegenerate(scope, last, PAGE));
        }
        CertificateNumber next = page.poll();
        if (next != null) {
            last = next.value();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}

package com.momentverse.moment;

import com.momentverse.account.Account;
import com.momentverse.account.AccountRepository;
import com.momentverse.certificate.CertificateNumber;
import com.momentverse.certificate.CertificateRendering;
import com.momentverse.certificate.CertificateRepository;
import com.momentverse.mail.MailAttachment;
import com.momentverse.mail.MailOutbox;
import com.momentverse.mail.MailTemplates;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Delivers gifts: on its delivery date (UTC) the recipient of a confirmed, certified moment is
 * mailed the dedication, the moment's page and the certificate, through the outbox, once. Each
 * delivery is a transaction of its own under the moment's row lock, in which the mail is queued
 * and the moment marked delivered together, so several nodes, or a retry, never mail twice.
 */
@Stateless
public class GiftDelivery {

    @Inject
    MomentRepository moments;

    @Inject
    AccountRepository accounts;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateRendering rendering;

    @Inject
    MailTemplates templates;

    @EJB
    MailOutbox outbox;

    Clock clock = Clock.systemUTC();

    /** The moments whose gift is due today, at most {@code limit}. */
    public List<UUID> due(int limit) {
        return moments.giftsDue(LocalDate.now(clock.withZone(ZoneOffset.UTC)), limit);
    }

    /** Mails the gift's recipient if the gift is (still) due; returns whether it did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(UUID momentId) {
        Moment moment = moments.findForUpdate(momentId).orElse(null);
        if (moment == null || !moment.isGiftDue(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            return false;
        }
        CertificateNumber number = new CertificateNumber(moment.getCertificateNumber());
        byte[] pdf = certificates.pdf(number).orElse(null);
        if (pdf == null) {
            return false;
        }
        String from = moment.getOwnerId() == null ? null : accounts.find(moment.getOwnerId()).map(Account::getName).orElse(null);
        UUID shown = moment.getVisibility() == Visibility.PRIVATE ? null : moment.getId();
        outbox.enqueue(templates.giftDelivery(moment.getGift().orElseThrow().email(), from, moment.getTitle(),
                        moment.getMessage(), moment.getDedicatedTo(), moment.getSpan().format(moment.getTimeZone()), shown,
                        number.value(), rendering.verificationUrl(number))
                .withAttachment(new MailAttachment("momentverse-" + number.value() + ".pdf", "application/pdf", pdf)));
        moment.giftDelivered(clock.instant());
        return true;
    }
}

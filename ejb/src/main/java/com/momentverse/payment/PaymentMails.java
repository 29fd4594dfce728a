package com.momentverse.payment;

import com.momentverse.account.Account;
import com.momentverse.account.AccountRepository;
import com.momentverse.mail.MailMessage;
import com.momentverse.mail.MailOutbox;
import com.momentverse.mail.MailTemplates;
import com.momentverse.moment.Moment;
import com.momentverse.order.CustomerOrder;
import com.momentverse.order.OrderLine;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The mails about an order's money, queued in the outbox in the transaction that changes the
 * order, so each is sent exactly when the change commits. An order whose customer deleted their
 * account gets none.
 */
@ApplicationScoped
public class PaymentMails {

    @Inject
    AccountRepository accounts;

    @Inject
    MailTemplates templates;

    @EJB
    MailOutbox outbox;

    void confirmed(CustomerOrder order) {
        customer(order).ifPresent(account -> {
            List<String> lines = order.getLines().stream().map(line -> line.getDescription() + ": "
                    + amount(order, line)).toList();
            send(templates.orderConfirmed(account.getEmail(), account.getName(), order.getMoment().getTitle(),
                    span(order.getMoment()), lines, order.getTotal().forPeople()));
        });
    }

    void refunded(CustomerOrder order) {
        customer(order).ifPresent(account -> send(templates.orderRefunded(account.getEmail(), account.getName(),
                order.getMoment().getTitle(), span(order.getMoment()), order.getTotal().forPeople())));
    }

    void latePaymentRefunded(CustomerOrder order) {
        customer(order).ifPresent(account -> send(templates.latePaymentRefunded(account.getEmail(), account.getName(),
                order.getMoment().getTitle(), span(order.getMoment()), order.getTotal().forPeople())));
    }

    private void send(MailMessage message) {
        outbox.enqueue(message);
    }

    private Optional<Account> customer(CustomerOrder order) {
        return order.getAccountId() == null ? Optional.empty() : accounts.find(order.getAccountId());
    }

    private static String amount(CustomerOrder order, OrderLine line) {
        String amount = com.momentverse.common.Money.of(line.getAmount(), order.getTotal().currency()).forPeople();
        return line.getQuantity() == 1 ? amount : line.getQuantity() + " × "
                + com.momentverse.common.Money.of(line.getUnitAmount(), order.getTotal().currency()).forPeople()
                + " = " + amount;
    }

    /** The span in the customer's zone, then in UTC: what they picked, and what the certificate says. */
    private static String span(Moment moment) {
        return moment.getSpan().format(moment.getTimeZone()) + " (" + moment.getSpan().formatUtc() + ")";
    }
}

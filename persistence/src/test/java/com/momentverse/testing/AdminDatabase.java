package com.momentverse.testing;

import com.momentverse.account.Account;
import com.momentverse.admin.AuditEntry;
import com.momentverse.certificate.Certificate;
import com.momentverse.certificate.CertificateNumber;
import com.momentverse.common.Span;
import com.momentverse.mail.OutboxMail;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentText;
import com.momentverse.moment.Visibility;
import com.momentverse.order.CustomerOrder;
import com.momentverse.order.LineCode;
import com.momentverse.order.OrderLine;
import com.momentverse.order.Quote;
import com.momentverse.payment.PaymentEvent;
import com.momentverse.star.Star;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The real schema on H2 (as the embedded server runs it) with the mappings the administrators'
 * queries read, and a way to write the rows they count: accounts, orders (with their moments) in
 * any state at any time, certificates. The test classes of those queries share one database (it
 * is migrated once per run), so each keeps to its own accounts, days and spans of time.
 */
public final class AdminDatabase implements AutoCloseable {

    private final SessionFactory factory;

    private AdminDatabase(SessionFactory factory) {
        this.factory = factory;
    }

    public static AdminDatabase open() throws Exception {
        String url = MigratedH2.url("admin-queries");
        MigratedH2.migrate(url);
        return new AdminDatabase(H2Hibernate.sessionFactory(url, "none", Account.class, Star.class, Moment.class,
                CustomerOrder.class, Certificate.class, AuditEntry.class, OutboxMail.class, PaymentEvent.class));
    }

    /** Runs the work in a transaction of its own. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(factory, work);
    }

    public Account account(String name, String email) {
        return inTransaction(em -> {
            Account account = new Account(name, email, "hash", Instant.now());
            em.persist(account);
            return account;
        });
    }

    /**
     * An order of the account placed at {@code placedAt} for a one-minute moment starting at
     * {@code startSecond}, costing {@code cents}; paid at {@code paidAt} unless that is null, and
     * then refunded if asked.
     */
    public CustomerOrder order(UUID account, long startSecond, long cents, Instant placedAt, Instant paidAt, boolean refunded) {
        return inTransaction(em -> {
            Moment moment = Moment.hold(account, Span.ofEpochSeconds(startSecond, startSecond + 60), ZoneOffset.UTC,
                    MomentText.of("Test", null, null), Visibility.PUBLIC, null, false, null, placedAt);
            em.persist(moment);
            Quote quote = Quote.of(List.of(OrderLine.of(LineCode.MOMENT, "A moment", 1, cents)), "usd");
            CustomerOrder order = CustomerOrder.place(account, moment, quote, placedAt, placedAt.plus(Duration.ofMinutes(30)));
            if (paidAt != null) {
                order.markPaid(paidAt, "pi_" + UUID.randomUUID());
                if (refunded) {
                    order.refund(paidAt.plusSeconds(60));
                }
            }
            em.persist(order);
            return order;
        });
    }

    /** A certificate of a paid order, issued at {@code issuedAt}. */
    public void certificate(CustomerOrder order, Instant issuedAt) {
        inTransaction(em -> {
            em.persist(new Certificate(CertificateNumber.random(), em.find(Moment.class, order.getMoment().getId()),
                    order.getId(), false, issuedAt, "0".repeat(64)));
            return null;
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}

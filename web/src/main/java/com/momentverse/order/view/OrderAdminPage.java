package com.momentverse.order.view;

import com.momentverse.admin.AuditTrail;
import com.momentverse.admin.view.AuditRow;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import com.momentverse.common.StateConflictException;
import com.momentverse.order.OrderAdminService;
import com.momentverse.order.OrderStatus;
import com.momentverse.order.PaymentEventView;
import com.momentverse.payment.PaymentProviderException;
import com.momentverse.payment.RefundService;
import com.momentverse.web.AdminSearchPage;
import com.momentverse.web.AdminViews;
import com.momentverse.web.FormMessages;
import com.momentverse.web.StateWords;
import com.momentverse.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code /admin/orders}: find orders by id, customer e-mail ({@code ?q=}) and status
 * ({@code ?status=}), and one order ({@code ?id=}) with its lines, payment events and audit
 * trail, to refund it ({@link RefundService}: the money back through Stripe, the order REFUNDED,
 * the moment released, the certificate revoked, the customer mailed). The outcome, or why it
 * failed, is shown next to the refund button.
 *
 * <p>View-scoped, as {@link com.momentverse.account.view.UserAdminPage} is, so that the refund
 * button of the order's page is there when its click comes back.
 */
@Named
@ViewScoped
public class OrderAdminPage extends AdminSearchPage<AdminOrderRow, AdminOrderRow> {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;

    @EJB
    OrderAdminService orders;

    @EJB
    RefundService refunds;

    @EJB
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    private String status;

    public OrderAdminPage() {
        super(PAGE_SIZE);
    }

    @Override
    protected Slice<AdminOrderRow> search(PageRequest page) {
        return orders.search(getQ(), state(), page).map(AdminOrderRow::of);
    }

    @Override
    protected AdminOrderRow find(UUID id) {
        return AdminOrderRow.of(orders.find(id));
    }

    /** The order the page is about ({@code ?id=}), or null. */
    public AdminOrderRow getOrder() {
        return subject();
    }

    public List<PaymentEventRow> getPaymentEvents() {
        return getOrder() == null ? List.of()
                : orders.paymentEvents(getOrder().getOrderId()).stream().map(PaymentEventRow::new).toList();
    }

    public List<AuditRow> getAuditEntries() {
        return getOrder() == null ? List.of() : AuditRow.of(audit.about("order:" + getOrder().getOrderId()));
    }

    /** The states to filter by, as the select offers them. */
    public List<OrderStatus> getStatuses() {
        return Arrays.asList(OrderStatus.values());
    }

    public String words(OrderStatus state) {
        return StateWords.of(state);
    }

    public void refund() {
        UUID orderId = subjectId();
        if (orderId == null) {
            FormMessages.error("No such order.");
            return;
        }
        try {
            refunds.refund(caller.get(), orderId);
            FormMessages.info("Refunded: the order is refunded, its moment released, its certificate revoked,"
                    + " and the customer is being mailed.");
            AdminViews.redirect("/admin/orders?id=" + orderId);
        } catch (StateConflictException e) {
            FormMessages.error("Not refunded: " + e.getMessage());
        } catch (PaymentProviderException e) {
            FormMessages.error("Not refunded: the payment provider did not answer or refused. Nothing has changed;"
                    + " try again in a moment.");
        } catch (NotFoundException e) {
            FormMessages.error("No such order.");
        }
    }

    private OrderStatus state() {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** One payment provider event of the order. */
    public static final class PaymentEventRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final PaymentEventView event;

        PaymentEventRow(PaymentEventView event) {
            this.event = event;
        }

        public String getEventId() {
            return event.eventId();
        }

        public String getType() {
            return event.type();
        }

        public String getReceivedAt() {
            return AdminViews.at(event.receivedAt());
        }
    }
}

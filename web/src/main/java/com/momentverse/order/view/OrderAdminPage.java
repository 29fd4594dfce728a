package com.momentverse.order.view;

import com.momentverse.admin.AuditTrail;
import com.momentverse.admin.view.AuditRow;
import com.momentverse.common.InvalidCursorException;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import com.momentverse.common.StateConflictException;
import com.momentverse.order.OrderAdminService;
import com.momentverse.order.OrderStatus;
import com.momentverse.order.PaymentEventView;
import com.momentverse.payment.PaymentProviderException;
import com.momentverse.payment.RefundService;
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
public class OrderAdminPage implements Serializable {

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

    private String q;
    private String status;
    private String cursor;
    private String id;
    private List<AdminOrderRow> rows;
    private String nextCursor;
    private AdminOrderRow order;
    private boolean orderRead;

    public List<AdminOrderRow> getRows() {
        read();
        return rows;
    }

    public String getNextCursor() {
        read();
        return nextCursor;
    }

    public boolean isDetail() {
        return id != null && !id.isBlank();
    }

    /** The order the page is about ({@code ?id=}), or null. */
    public AdminOrderRow getOrder() {
        UUID orderId = AdminViews.id(id);
        if (!orderRead && orderId != null) {
            orderRead = true;
            try {
                order = AdminOrderRow.of(orders.find(orderId));
            } catch (NotFoundException e) {
                order = null;
            }
        }
        return order;
    }

    public List<PaymentEventRow> getPaymentEvents() {
        return getOrder() == null ? List.of()
                : orders.paymentEvents(order.getOrderId()).stream().map(PaymentEventRow::new).toList();
    }

    public List<AuditRow> getAuditEntries() {
        return getOrder() == null ? List.of() : AuditRow.of(audit.about("order:" + order.getOrderId()));
    }

    /** The states to filter by, as the select offers them. */
    public List<OrderStatus> getStatuses() {
        return Arrays.asList(OrderStatus.values());
    }

    public String words(OrderStatus state) {
        return StateWords.of(state);
    }

    public void refund() {
        UUID orderId = AdminViews.id(id);
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

    private void read() {
        if (rows == null) {
            OrderStatus state = state();
            Slice<AdminOrderRow> found;
            try {
                found = orders.search(q, state, new PageRequest(PAGE_SIZE, blankToNull(cursor))).map(AdminOrderRow::of);
            } catch (InvalidCursorException e) {
                found = orders.search(q, state, PageRequest.first(PAGE_SIZE)).map(AdminOrderRow::of);
            }
            rows = found.items();
            nextCursor = found.nextCursor();
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = blankToNull(q) == null ? null : q.strip();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

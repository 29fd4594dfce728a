package com.momentverse.order.view;

import com.momentverse.order.AdminOrder;
import com.momentverse.order.OrderStatus;
import com.momentverse.web.AdminViews;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** An order as the administrators' orders page shows it: as its owner sees it, and who placed it and how it was paid. */
public final class AdminOrderRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AdminOrder order;
    private final OrderRow row;

    private AdminOrderRow(AdminOrder order) {
        this.order = order;
        this.row = OrderRow.of(order.order());
    }

    public static AdminOrderRow of(AdminOrder order) {
        return new AdminOrderRow(order);
    }

    public static List<AdminOrderRow> of(List<AdminOrder> orders) {
        return orders.stream().map(AdminOrderRow::new).toList();
    }

    public UUID getOrderId() {
        return order.order().orderId();
    }

    public UUID getMomentId() {
        return order.order().momentId();
    }

    /** The order in its owner's words: title, span, lines, total, state. */
    public OrderRow getOrder() {
        return row;
    }

    public String getPlacedAt() {
        return AdminViews.at(order.order().createdAt());
    }

    public String getPaidAt() {
        return AdminViews.at(order.order().paidAt());
    }

    public String getRefundedAt() {
        return AdminViews.at(order.refundedAt());
    }

    /** Whether a refund may be asked for: only a paid order has money to give back. */
    public boolean isRefundable() {
        return order.order().status() == OrderStatus.PAID;
    }

    public UUID getAccountId() {
        return order.accountId();
    }

    /** The customer's address, or "deleted account". */
    public String getCustomer() {
        if (order.customerEmail() != null) {
            return order.customerEmail();
        }
        return order.accountId() == null ? "deleted account" : "account " + order.accountId();
    }

    public String getCustomerName() {
        return order.customerName() == null ? "" : order.customerName();
    }

    public String getPaymentReference() {
        return order.paymentReference() == null ? "" : order.paymentReference();
    }

    public String getCertificateNumber() {
        return order.order().certificateNumber();
    }
}

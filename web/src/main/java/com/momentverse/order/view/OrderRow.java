package com.momentverse.order.view;

import com.momentverse.web.StateWords;

import com.momentverse.common.HistoricDates;
import com.momentverse.order.OrderView;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * An order as its owner reads it on a page (the account's list, the test checkout): its moment's
 * span in the owner's zone and in UTC with BCE/CE, its lines and total as prices, its state.
 */
public final class OrderRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UUID orderId;
    private final String status;
    private final boolean pending;
    private final String placedAt;
    private final String holdExpiresAt;
    private final String checkoutUrl;
    private final String title;
    private final String star;
    private final String spanInZone;
    private final String spanUtc;
    private final String duration;
    private final List<LineRow> lines;
    private final String total;

    private OrderRow(OrderView order) {
        this.orderId = order.orderId();
        this.status = StateWords.of(order.status());
        this.pending = order.isPending();
        this.placedAt = HistoricDates.utc(order.createdAt());
        this.holdExpiresAt = order.holdExpiresAt() == null ? null
                : HistoricDates.inZone(order.holdExpiresAt(), order.timeZone() == null ? ZoneOffset.UTC : order.timeZone());
        this.checkoutUrl = order.checkoutUrl();
        this.title = order.momentTitle();
        this.star = order.starName();
        this.spanInZone = order.timeZone() == null ? order.span().formatUtc() : order.span().format(order.timeZone());
        this.spanUtc = order.span().formatUtc();
        this.duration = order.span().durationInWords();
        this.lines = LineRow.of(order.lines(), order.total().currency());
        this.total = order.total().forPeople();
    }

    public static OrderRow of(OrderView order) {
        return new OrderRow(order);
    }

    /** "PENDING_PAYMENT" as "pending payment". */

    public UUID getOrderId() {
        return orderId;
    }

    public String getStatus() {
        return status;
    }

    public boolean isPending() {
        return pending;
    }

    public String getPlacedAt() {
        return placedAt;
    }

    public String getHoldExpiresAt() {
        return holdExpiresAt;
    }

    public String getCheckoutUrl() {
        return checkoutUrl;
    }

    public String getTitle() {
        return title;
    }

    public String getStar() {
        return star;
    }

    public String getSpanInZone() {
        return spanInZone;
    }

    public String getSpanUtc() {
        return spanUtc;
    }

    public String getDuration() {
        return duration;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public String getTotal() {
        return total;
    }
}

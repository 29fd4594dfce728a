package com.momentverse.order;

import com.momentverse.common.Money;
import com.momentverse.common.Span;
import com.momentverse.moment.MomentStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * An order as its owner (or an administrator) reads it, with a summary of its moment.
 *
 * @param checkoutUrl where to pay, only while the order awaits payment; else null
 * @param paidAt      null until paid
 * @param certificateNumber null until a certificate is issued
 */
public record OrderView(UUID orderId, UUID momentId, OrderStatus status, List<OrderLine> lines, Money total,
                        Instant createdAt, Instant holdExpiresAt, String checkoutUrl, Instant paidAt,
                        String certificateNumber, String momentTitle, Span span, ZoneId timeZone,
                        MomentStatus momentStatus, String starName) implements Serializable {

    private static final long serialVersionUID = 1L;

    public OrderView {
        lines = List.copyOf(lines);
    }

    static OrderView of(CustomerOrder order, CheckoutLinks links) {
        var moment = order.getMoment();
        return new OrderView(order.getId(), moment.getId(), order.getStatus(), order.getLines(), order.getTotal(),
                order.getCreatedAt(), order.getHoldExpiresAt(),
                links.checkoutUrl(order),
                order.getPaidAt().orElse(null), moment.getCertificateNumber(), moment.getTitle(), moment.getSpan(), moment.getTimeZone(),
                moment.getStatus(), moment.getStar().map(s -> s.getDisplayName()).orElse(null));
    }

    public boolean isPending() {
        return status == OrderStatus.PENDING_PAYMENT;
    }
}

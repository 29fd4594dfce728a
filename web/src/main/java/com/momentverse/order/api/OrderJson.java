package com.momentverse.order.api;

import com.momentverse.order.OrderView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the API shows it to its owner or an administrator; {@code checkoutUrl} only while
 * it awaits payment.
 */
public record OrderJson(UUID orderId, UUID momentId, String status, List<LineJson> lines, long total, String currency,
                        Instant createdAt, Instant holdExpiresAt, String checkoutUrl, Instant paidAt,
                        String certificateNumber) {

    public static OrderJson of(OrderView order) {
        return new OrderJson(order.orderId(), order.momentId(), order.status().name(),
                order.lines().stream().map(LineJson::of).toList(), order.total().cents(), order.total().currency(),
                order.createdAt(), order.holdExpiresAt(), order.checkoutUrl(), order.paidAt(),
                order.certificateNumber());
    }
}

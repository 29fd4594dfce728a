package com.momentverse.order.api;

import com.momentverse.order.OrderLine;

/** One line of a quote or an order, amounts in cents. */
public record LineJson(String code, String description, int quantity, long unitAmount, long amount) {

    public static LineJson of(OrderLine line) {
        return new LineJson(line.getCode().name(), line.getDescription(), line.getQuantity(), line.getUnitAmount(),
                line.getAmount());
    }
}

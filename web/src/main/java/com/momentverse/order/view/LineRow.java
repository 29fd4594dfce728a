package com.momentverse.order.view;

import com.momentverse.common.Money;

import com.momentverse.order.OrderLine;

import java.io.Serializable;
import java.util.List;

/** One line of a quote or an order as pages show it, amounts written as prices. */
public final class LineRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String description;
    private final int quantity;
    private final String unitAmount;
    private final String amount;

    private LineRow(OrderLine line, String currency) {
        this.description = line.getDescription();
        this.quantity = line.getQuantity();
        this.unitAmount = Money.of(line.getUnitAmount(), currency).forPeople();
        this.amount = Money.of(line.getAmount(), currency).forPeople();
    }

    public static List<LineRow> of(List<OrderLine> lines, String currency) {
        return lines.stream().map(line -> new LineRow(line, currency)).toList();
    }

    public String getDescription() {
        return description;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getUnitAmount() {
        return unitAmount;
    }

    public String getAmount() {
        return amount;
    }
}

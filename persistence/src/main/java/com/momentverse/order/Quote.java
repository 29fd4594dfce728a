package com.momentverse.order;

import com.momentverse.common.Money;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What an order costs, line by line, before it is placed: the answer of
 * {@code POST /api/v1/quotes}, and what an order stores when it is placed.
 *
 * <p>The total is always the sum of the lines' amounts (checked here, so that no code path
 * can make a quote whose lines and total disagree), in the currency of the total.
 *
 * @param lines at least one line, in the order they are shown; an unmodifiable copy
 * @param total the sum of the lines' amounts
 */
public record Quote(List<OrderLine> lines, Money total) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Quote {
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A quote has at least one line");
        }
        Money sum = sum(lines, total.currency());
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("The total " + total + " is not the sum of the lines, " + sum);
        }
    }

    /** The lines, with their sum as the total, in {@code currency}. */
    public static Quote of(List<OrderLine> lines, String currency) {
        return new Quote(lines, sum(lines, currency));
    }

    /** The currency of every amount in the quote. */
    public String currency() {
        return total.currency();
    }

    private static Money sum(List<OrderLine> lines, String currency) {
        Money sum = Money.zero(currency);
        for (OrderLine line : lines) {
            sum = sum.plus(Money.of(line.getAmount(), currency));
        }
        return sum;
    }
}

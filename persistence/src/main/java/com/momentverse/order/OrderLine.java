package com.momentverse.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/**
 * One line of an order, as the customer sees it in the quote, as the order stores it and as
 * Stripe is sent it (one Checkout line item per line, same quantity and unit amount): so the
 * total quoted, stored and charged agree to the cent.
 *
 * <p>A value: made by {@link #of}, which computes {@code amount = quantity × unitAmount},
 * and never changed after. It is an {@link Embeddable} so that the order can keep its lines
 * in its own table (an element collection) without another entity. The amounts are cents
 * in the order's currency, which the order keeps once for all its lines.
 *
 * <p>JavaBeans getters rather than record accessors: Jakarta Expression Language 5 (Jakarta EE 10)
 * reads only getters, and pages show lines as they are.
 */
@Embeddable
public class OrderLine implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Enough for "Premium bundle (star pairing: …)" with the longest star name of the catalogue. */
    public static final int MAX_DESCRIPTION_LENGTH = 200;

    @Enumerated(EnumType.STRING)
    @Column(name = "line_code", length = 30, nullable = false, updatable = false)
    private LineCode code;

    @Column(name = "description", length = MAX_DESCRIPTION_LENGTH, nullable = false, updatable = false)
    private String description;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_amount", nullable = false, updatable = false)
    private long unitAmount;

    @Column(name = "amount", nullable = false, updatable = false)
    private long amount;

    /** For JPA only. */
    protected OrderLine() {
    }

    private OrderLine(LineCode code, String description, int quantity, long unitAmount, long amount) {
        this.code = code;
        this.description = description;
        this.quantity = quantity;
        this.unitAmount = unitAmount;
        this.amount = amount;
    }

    /**
     * A line of {@code quantity} times {@code unitAmount}.
     *
     * @param code        what the line is for
     * @param description for people, e.g. "3 further minutes"; 1 to {@value #MAX_DESCRIPTION_LENGTH} characters
     * @param quantity    1 or more: a line for nothing is left out, not written as zero
     * @param unitAmount  the price of one, in cents; 0 or more
     * @throws IllegalArgumentException when a rule above is broken
     * @throws ArithmeticException      when the amount does not fit in a {@code long}
     */
    public static OrderLine of(LineCode code, String description, int quantity, long unitAmount) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        if (description.isBlank() || description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new IllegalArgumentException("A line's description has 1 to " + MAX_DESCRIPTION_LENGTH
                    + " characters: \"" + description + "\"");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("A line's quantity is at least 1: " + quantity);
        }
        if (unitAmount < 0) {
            throw new IllegalArgumentException("A line's unit amount is never negative: " + unitAmount);
        }
        return new OrderLine(code, description, quantity, unitAmount, Math.multiplyExact(unitAmount, quantity));
    }

    public LineCode getCode() {
        return code;
    }

    public String getDescription() {
        return description;
    }

    public int getQuantity() {
        return quantity;
    }

    /** The price of one, in cents of the order's currency. */
    public long getUnitAmount() {
        return unitAmount;
    }

    /** {@code quantity × unitAmount}, in cents of the order's currency. */
    public long getAmount() {
        return amount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLine line
                && code == line.code
                && description.equals(line.description)
                && quantity == line.quantity
                && unitAmount == line.unitAmount
                && amount == line.amount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, description, quantity, unitAmount, amount);
    }

    @Override
    public String toString() {
        return code + " \"" + description + "\" " + quantity + " × " + unitAmount + " = " + amount;
    }
}

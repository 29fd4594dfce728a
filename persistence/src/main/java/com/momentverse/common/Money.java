package com.momentverse.common;

import java.io.Serializable;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money: whole cents (the currency's smallest unit, as Stripe counts) and a
 * currency, written as a lower-case ISO 4217 code ("usd") like Stripe and the API write it.
 *
 * <p>Integer cents and nothing else: a {@code double} cannot hold 0.1 exactly, and a price
 * that is off by a fraction of a cent between the quote, the stored order and Stripe is a
 * price that disagrees (PRODUCT.md, "Prices"). Arithmetic is exact: an overflow throws
 * instead of wrapping round to a wrong amount.
 *
 * <p>Never negative. Every amount the product handles is a price, a total or a charge; a
 * refund pays back a positive amount, it does not add a negative one.
 *
 * @param cents    the amount in the currency's smallest unit, 0 or more
 * @param currency a lower-case ISO 4217 code that {@link Currency} knows ("usd")
 */
public record Money(long cents, String currency) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Money {
        Objects.requireNonNull(currency, "currency");
        requireCurrencyCode(currency);
        if (cents < 0) {
            throw new IllegalArgumentException("An amount of money is never negative: " + cents + " " + currency);
        }
    }

    /** {@code cents} of {@code currency}; the same as the constructor, easier to read at the call. */
    public static Money of(long cents, String currency) {
        return new Money(cents, currency);
    }

    /** Nothing, in {@code currency}: where a sum starts. */
    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    /**
     * Checks that a text is a currency code as {@link Money} writes it: three lower-case letters
     * naming an ISO 4217 currency. Configuration is checked with this at start.
     *
     * @return the code
     * @throws IllegalArgumentException when it is not one ("USD", "usx", "dollar")
     */
    public static String requireCurrencyCode(String code) {
        if (code == null || code.length() != 3 || !isLowerCaseLetter(code.charAt(0))
                || !isLowerCaseLetter(code.charAt(1)) || !isLowerCaseLetter(code.charAt(2))) {
            throw new IllegalArgumentException("A currency is three lower-case letters (ISO 4217, as in \"usd\"): " + code);
        }
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an ISO 4217 currency: " + code, e);
        }
        return code;
    }

    /** a to z only: {@link Character#isLowerCase} would also let "é" through. */
    private static boolean isLowerCaseLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * This amount and {@code other} together.
     *
     * @throws IllegalArgumentException when the currencies differ (dollars and euros do not add up)
     * @throws ArithmeticException      when the sum does not fit in a {@code long}
     */
    public Money plus(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(cents, other.cents), currency);
    }

    /**
     * This amount {@code quantity} times: the amount of an order line from its unit price.
     *
     * @param quantity 0 or more
     * @throws ArithmeticException when the product does not fit in a {@code long}
     */
    public Money times(long quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("A quantity is never negative: " + quantity);
        }
        return new Money(Math.multiplyExact(cents, quantity), currency);
    }

    public boolean isZero() {
        return cents == 0;
    }

    /**
     * As people read prices, on pages and in mails: "$4.99" for US dollars, "4.99 EUR" for other
     * currencies (all of which the price list allows have two decimals).
     */
    public String forPeople() {
        String amount = String.format(java.util.Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
        return "usd".equals(currency) ? "$" + amount : amount + " " + currency.toUpperCase(java.util.Locale.ROOT);
    }

    /** For logs and messages, e.g. {@code 799 usd} (cents, not dollars: what every other place shows). */
    @Override
    public String toString() {
        return cents + " " + currency;
    }
}

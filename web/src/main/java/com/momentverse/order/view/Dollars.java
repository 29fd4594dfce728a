package com.momentverse.order.view;

import com.momentverse.common.Money;

import java.util.Locale;

/** Writes amounts in cents as people read prices: "$4.99" (other currencies: "4.99 EUR"). */
public final class Dollars {

    private Dollars() {
    }

    public static String format(long cents, String currency) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        String amount = String.format(Locale.ROOT, "%d.%02d", abs / 100, abs % 100);
        if ("usd".equals(currency)) {
            return sign + "$" + amount;
        }
        return sign + amount + " " + currency.toUpperCase(Locale.ROOT);
    }

    public static String format(Money money) {
        return format(money.cents(), money.currency());
    }
}

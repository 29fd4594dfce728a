package com.momentverse.order.api;

import com.momentverse.order.Quote;

import java.util.List;

/** {@code POST /api/v1/quotes}: the lines and their total, in cents of {@code currency}. */
public record QuoteJson(List<LineJson> lines, long total, String currency) {

    public static QuoteJson of(Quote quote) {
        return new QuoteJson(quote.lines().stream().map(LineJson::of).toList(), quote.total().cents(), quote.currency());
    }
}

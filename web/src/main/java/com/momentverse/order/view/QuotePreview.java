package com.momentverse.order.view;

import com.momentverse.order.Quote;

import java.io.Serializable;
import java.util.List;

/** The price of what the claim page holds, line by line as the order will store it, or why there is none yet. */
public final class QuotePreview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<LineRow> lines;
    private final String total;
    private final String problem;

    private QuotePreview(List<LineRow> lines, String total, String problem) {
        this.lines = lines;
        this.total = total;
        this.problem = problem;
    }

    static QuotePreview of(Quote quote) {
        return new QuotePreview(LineRow.of(quote.lines(), quote.currency()), quote.total().forPeople(), null);
    }

    static QuotePreview none(String problem) {
        return new QuotePreview(List.of(), null, problem);
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public String getTotal() {
        return total;
    }

    public String getProblem() {
        return problem;
    }
}

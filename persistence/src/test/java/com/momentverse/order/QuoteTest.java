package com.momentverse.order;

import com.momentverse.common.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteTest {

    private static final OrderLine MOMENT = OrderLine.of(LineCode.MOMENT, "Moment (first minute)", 1, 499);
    private static final OrderLine STAR = OrderLine.of(LineCode.STAR, "Star pairing: Sirius", 1, 300);

    @Test
    void totalIsTheSumOfTheLines() {
        Quote quote = Quote.of(List.of(MOMENT, STAR), "usd");

        assertThat(quote.total()).isEqualTo(Money.of(799, "usd"));
        assertThat(quote.currency()).isEqualTo("usd");
        assertThat(quote.lines()).containsExactly(MOMENT, STAR);
    }

    @Test
    void refusesATotalThatIsNotTheSumOfTheLines() {
        assertThatThrownBy(() -> new Quote(List.of(MOMENT, STAR), Money.of(800, "usd")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("799 usd");
    }

    @Test
    void hasAtLeastOneLine() {
        assertThatThrownBy(() -> Quote.of(List.of(), "usd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesCannotBeChangedAfterwards() {
        List<OrderLine> lines = new ArrayList<>(List.of(MOMENT));
        Quote quote = Quote.of(lines, "usd");
        lines.add(STAR);

        assertThat(quote.lines()).containsExactly(MOMENT);
        assertThatThrownBy(() -> quote.lines().add(STAR)).isInstanceOf(UnsupportedOperationException.class);
    }
}

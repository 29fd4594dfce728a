package com.momentverse.order;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariants of every quote, checked for every length a moment can have (1 s to 24 h) with
 * every choice of options: 345,600 quotes, so no boundary is left to sampling. Plain checks in
 * the loop and one assertion at the end keep it to a few seconds.
 */
class PricingExhaustiveTest {

    private final Pricing pricing = new Pricing(PricingTest.CATALOGUE);

    @Test
    void everyQuoteFollowsTheRulesOfTheProduct() {
        List<String> problems = new ArrayList<>();
        long previousTotal = -1;
        for (Optional<String> star : List.of(Optional.<String>empty(), Optional.of("Sirius"))) {
            for (boolean premium : new boolean[] {false, true}) {
                for (long seconds = Pricing.MIN_DURATION_SECONDS; seconds <= Pricing.MAX_DURATION_SECONDS; seconds++) {
                    Quote quote = pricing.quote(seconds, star, premium);
                    String problem = problem(quote, seconds, star.isPresent(), premium);
                    if (problem != null && problems.size() < 10) {
                        problems.add(seconds + " s, star " + star.isPresent() + ", premium " + premium + ": " + problem);
                    }
                    if (seconds > Pricing.MIN_DURATION_SECONDS && quote.total().cents() < previousTotal && problems.size() < 10) {
                        problems.add(seconds + " s costs less than " + (seconds - 1) + " s");
                    }
                    previousTotal = quote.total().cents();
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What is wrong with the quote, or null. */
    private static String problem(Quote quote, long seconds, boolean star, boolean premium) {
        List<OrderLine> lines = quote.lines();
        long sum = 0;
        for (OrderLine line : lines) {
            if (line.getQuantity() < 1 || line.getAmount() != line.getQuantity() * line.getUnitAmount()) {
                return "line " + line + " is not quantity × unit";
            }
            sum += line.getAmount();
        }
        if (quote.total().cents() != sum || !"usd".equals(quote.currency())) {
            return "total " + quote.total() + " is not the sum of the lines, " + sum + " usd";
        }
        if (lines.get(0).getCode() != LineCode.MOMENT || lines.get(0).getAmount() != 499) {
            return "the first line is not the moment at 499";
        }
        long startedMinutes = (seconds + 59) / 60;
        long extraMinutes = 0;
        Set<LineCode> options = EnumSet.noneOf(LineCode.class);
        for (OrderLine line : lines.subList(1, lines.size())) {
            if (line.getCode() == LineCode.EXTRA_MINUTES) {
                extraMinutes += line.getQuantity();
            } else {
                options.add(line.getCode());
            }
        }
        if (extraMinutes != startedMinutes - 1) {
            return extraMinutes + " further minutes instead of " + (startedMinutes - 1);
        }
        Set<LineCode> expected = star && premium ? EnumSet.of(LineCode.PREMIUM_BUNDLE)
                : star ? EnumSet.of(LineCode.STAR)
                : premium ? EnumSet.of(LineCode.PREMIUM_CERTIFICATE)
                : EnumSet.noneOf(LineCode.class);
        if (!options.equals(expected)) {
            return "options " + options + " instead of " + expected;
        }
        if (lines.size() != 1 + (startedMinutes > 1 ? 1 : 0) + expected.size()) {
            return lines.size() + " lines: a line is repeated";
        }
        long optionPrice = star && premium ? 800 : star ? 300 : premium ? 600 : 0;
        if (sum != 499 + 5 * (startedMinutes - 1) + optionPrice) {
            return "total " + sum + " is not 499 + 5 per further minute + the option";
        }
        return null;
    }
}

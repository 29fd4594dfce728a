package com.momentverse.order;

import com.momentverse.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The price rules of PRODUCT.md ("Prices") with the catalogue's prices, built without a container. */
class PricingTest {

    /** The catalogue of PRODUCT.md, the same as the configured defaults (PriceListTest checks those). */
    static final PriceList CATALOGUE = new PriceList("usd", 499, 5, 300, 600, 800);

    private final Pricing pricing = new Pricing(CATALOGUE);

    @Test
    void theWorkedExampleOfTheProductCosts799() {
        // 15 March 3300 BCE, 12:00-12:01 UTC, with Sirius.
        long seconds = Duration.between(Instant.parse("-3299-03-15T12:00:00Z"), Instant.parse("-3299-03-15T12:01:00Z"))
                .toSeconds();

        Quote quote = pricing.quote(seconds, Optional.of("Sirius"), false);

        assertThat(quote.lines())
                .extracting(OrderLine::getCode, OrderLine::getDescription, OrderLine::getQuantity,
                        OrderLine::getUnitAmount, OrderLine::getAmount)
                .containsExactly(
                        tuple(LineCode.MOMENT, "Moment (first minute)", 1, 499L, 499L),
                        tuple(LineCode.STAR, "Star pairing: Sirius", 1, 300L, 300L));
        assertThat(quote.total()).isEqualTo(Money.of(799, "usd"));
        assertThat(quote.currency()).isEqualTo("usd");
    }

    @ParameterizedTest(name = "{0} s: {1} further minutes, {2} cents")
    @CsvSource({
            "1, 0, 499",
            "59, 0, 499",
            "60, 0, 499",
            "61, 1, 504",
            "120, 1, 504",
            "121, 2, 509",
            "3600, 59, 794",
            "86399, 1439, 7694",
            "86400, 1439, 7694"})
    void eachFurtherStartedMinuteCostsFive(long seconds, int furtherMinutes, long total) {
        Quote quote = pricing.quote(seconds, Optional.empty(), false);

        assertThat(quote.total()).isEqualTo(Money.of(total, "usd"));
        if (furtherMinutes == 0) {
            assertThat(quote.lines()).extracting(OrderLine::getCode).containsExactly(LineCode.MOMENT);
        } else {
            assertThat(quote.lines()).extracting(OrderLine::getCode).containsExactly(LineCode.MOMENT, LineCode.EXTRA_MINUTES);
            OrderLine extra = quote.lines().get(1);
            assertThat(extra.getQuantity()).isEqualTo(furtherMinutes);
            assertThat(extra.getUnitAmount()).isEqualTo(5);
            assertThat(extra.getAmount()).isEqualTo(5L * furtherMinutes);
        }
    }

    @Test
    void furtherMinutesAreDescribedForPeople() {
        assertThat(pricing.quote(61, Optional.empty(), false).lines().get(1).getDescription()).isEqualTo("1 further minute");
        assertThat(pricing.quote(181, Optional.empty(), false).lines().get(1).getDescription()).isEqualTo("3 further minutes");
    }

    @Test
    void aStarAloneIsAStarLine() {
        Quote quote = pricing.quote(60, Optional.of("  Vega "), false);

        assertThat(quote.lines()).extracting(OrderLine::getCode).containsExactly(LineCode.MOMENT, LineCode.STAR);
        assertThat(quote.lines().get(1).getDescription()).isEqualTo("Star pairing: Vega");
        assertThat(quote.total()).isEqualTo(Money.of(799, "usd"));
    }

    @Test
    void aPremiumCertificateAloneIsAPremiumCertificateLine() {
        Quote quote = pricing.quote(60, Optional.empty(), true);

        assertThat(quote.lines()).extracting(OrderLine::getCode, OrderLine::getDescription, OrderLine::getAmount)
                .containsExactly(tuple(LineCode.MOMENT, "Moment (first minute)", 499L),
                        tuple(LineCode.PREMIUM_CERTIFICATE, "Premium certificate", 600L));
        assertThat(quote.total()).isEqualTo(Money.of(1099, "usd"));
    }

    @Test
    void aStarAndAPremiumCertificateAreOneBundleLineInsteadOfTwo() {
        Quote quote = pricing.quote(121, Optional.of("Sirius"), true);

        assertThat(quote.lines()).extracting(OrderLine::getCode)
                .containsExactly(LineCode.MOMENT, LineCode.EXTRA_MINUTES, LineCode.PREMIUM_BUNDLE);
        OrderLine bundle = quote.lines().get(2);
        assertThat(bundle.getDescription()).isEqualTo("Premium bundle: star pairing (Sirius) and premium certificate");
        assertThat(bundle.getQuantity()).isEqualTo(1);
        assertThat(bundle.getAmount()).isEqualTo(800);
        assertThat(quote.total()).isEqualTo(Money.of(499 + 2 * 5 + 800, "usd"));
    }

    @Test
    void theLongestMomentWithEverythingCosts8494() {
        assertThat(pricing.quote(86_400, Optional.of("Sirius"), true).total()).isEqualTo(Money.of(499 + 1439 * 5 + 800, "usd"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -60, 86_401, Long.MAX_VALUE, Long.MIN_VALUE})
    void refusesDurationsOutsideOneSecondToOneDay(long seconds) {
        assertThatThrownBy(() -> pricing.quote(seconds, Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Long.toString(seconds));
    }

    @Test
    void refusesAStarWithoutAName() {
        assertThatThrownBy(() -> pricing.quote(60, Optional.of(" "), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pricing.quote(60, null, false)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void pricesComeFromThePriceListOnly() {
        Pricing euros = new Pricing(new PriceList("eur", 1000, 7, 250, 400, 500));

        Quote quote = euros.quote(125, Optional.of("Sirius"), true);

        assertThat(quote.lines()).extracting(OrderLine::getCode, OrderLine::getQuantity, OrderLine::getUnitAmount)
                .containsExactly(tuple(LineCode.MOMENT, 1, 1000L), tuple(LineCode.EXTRA_MINUTES, 2, 7L),
                        tuple(LineCode.PREMIUM_BUNDLE, 1, 500L));
        assertThat(quote.total()).isEqualTo(Money.of(1514, "eur"));
        assertThat(euros.quote(60, Optional.of("Sirius"), false).total()).isEqualTo(Money.of(1250, "eur"));
        assertThat(euros.quote(60, Optional.empty(), true).total()).isEqualTo(Money.of(1400, "eur"));
    }
}

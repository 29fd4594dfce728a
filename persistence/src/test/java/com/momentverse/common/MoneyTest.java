package com.momentverse.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Test
    void readsAsPeopleReadPrices() {
        assertThat(Money.of(799, "usd").forPeople()).isEqualTo("$7.99");
        assertThat(Money.of(5, "usd").forPeople()).isEqualTo("$0.05");
        assertThat(Money.of(120000, "eur").forPeople()).isEqualTo("1200.00 EUR");
    }

    @Test
    void addsAndMultipliesInWholeCents() {
        assertThat(Money.of(499, "usd").plus(Money.of(300, "usd"))).isEqualTo(Money.of(799, "usd"));
        assertThat(Money.of(5, "usd").times(1439)).isEqualTo(Money.of(7195, "usd"));
        assertThat(Money.of(5, "usd").times(0)).isEqualTo(Money.zero("usd"));
        assertThat(Money.zero("usd").isZero()).isTrue();
        assertThat(Money.of(799, "usd")).hasToString("799 usd");
    }

    @Test
    void arithmeticIsThatOfWholeNumbers() {
        long[] amounts = {0, 1, 5, 99, 499, 1_000_000_007L, 4_611_686_018_427_387_903L};
        for (long a : amounts) {
            for (long b : amounts) {
                Money sum = Money.of(a, "usd").plus(Money.of(b, "usd"));
                assertThat(sum).isEqualTo(Money.of(b, "usd").plus(Money.of(a, "usd")));
                assertThat(sum.cents()).isEqualTo(a + b);
            }
        }
        Money repeated = Money.zero("usd");
        for (int quantity = 0; quantity <= 1440; quantity++) {
            assertThat(Money.of(5, "usd").times(quantity)).isEqualTo(repeated);
            repeated = repeated.plus(Money.of(5, "usd"));
        }
    }

    @Test
    void isNeverNegative() {
        assertThatThrownBy(() -> Money.of(-1, "usd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> Money.of(5, "usd").times(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void doesNotAddDifferentCurrencies() {
        assertThatThrownBy(() -> Money.of(1, "usd").plus(Money.of(1, "eur")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eur");
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "usd").plus(Money.of(1, "usd")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE / 2 + 1, "usd").times(2))
                .isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "Usd", "us", "usdd", "u5d", "", " usd", "xyz", "usx"})
    void currencyIsALowerCaseIso4217Code(String code) {
        assertThatThrownBy(() -> Money.of(1, code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void currencyIsRequired() {
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.requireCurrencyCode(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.requireCurrencyCode("eur")).isEqualTo("eur");
    }
}

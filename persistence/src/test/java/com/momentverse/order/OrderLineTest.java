package com.momentverse.order;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderLineTest {

    @Test
    void amountIsQuantityTimesUnitAmount() {
        OrderLine line = OrderLine.of(LineCode.EXTRA_MINUTES, "3 further minutes", 3, 5);

        assertThat(line.getCode()).isEqualTo(LineCode.EXTRA_MINUTES);
        assertThat(line.getDescription()).isEqualTo("3 further minutes");
        assertThat(line.getQuantity()).isEqualTo(3);
        assertThat(line.getUnitAmount()).isEqualTo(5);
        assertThat(line.getAmount()).isEqualTo(15);
    }

    @Test
    void linesWithTheSameContentAreEqual() {
        assertThat(OrderLine.of(LineCode.STAR, "Star pairing: Sirius", 1, 300))
                .isEqualTo(OrderLine.of(LineCode.STAR, "Star pairing: Sirius", 1, 300))
                .hasSameHashCodeAs(OrderLine.of(LineCode.STAR, "Star pairing: Sirius", 1, 300))
                .isNotEqualTo(OrderLine.of(LineCode.STAR, "Star pairing: Vega", 1, 300));
    }

    @Test
    void refusesLinesThatCannotBeOnAnOrder() {
        assertThatThrownBy(() -> OrderLine.of(LineCode.MOMENT, "Moment", 0, 499))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> OrderLine.of(LineCode.MOMENT, "Moment", 1, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> OrderLine.of(LineCode.MOMENT, " ", 1, 499))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderLine.of(LineCode.MOMENT, "x".repeat(OrderLine.MAX_DESCRIPTION_LENGTH + 1), 1, 499))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderLine.of(null, "Moment", 1, 499)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> OrderLine.of(LineCode.MOMENT, null, 1, 499)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> OrderLine.of(LineCode.EXTRA_MINUTES, "too many", Integer.MAX_VALUE, Long.MAX_VALUE / 2))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void cannotBeChangedFromOutside() {
        assertThat(Arrays.stream(OrderLine.class.getDeclaredFields()).filter(field -> !Modifier.isStatic(field.getModifiers())))
                .isNotEmpty().allMatch(field -> Modifier.isPrivate(field.getModifiers()));
        assertThat(Arrays.stream(OrderLine.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
        assertThat(Arrays.stream(OrderLine.class.getConstructors())).as("public constructors").isEmpty();
    }

    @Test
    void theCodesAreThoseOfTheApi() {
        assertThat(LineCode.values()).extracting(Enum::name)
                .containsExactly("MOMENT", "EXTRA_MINUTES", "STAR", "PREMIUM_CERTIFICATE", "PREMIUM_BUNDLE");
    }

    @Test
    void amountIsAlwaysQuantityTimesUnit() {
        for (long unitAmount : new long[] {0, 1, 5, 300, 499, 99_999_999}) {
            for (int quantity = 1; quantity <= 1440; quantity++) {
                assertThat(OrderLine.of(LineCode.EXTRA_MINUTES, "some minutes", quantity, unitAmount).getAmount())
                        .isEqualTo(quantity * unitAmount);
            }
        }
    }
}

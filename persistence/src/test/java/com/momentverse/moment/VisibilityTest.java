package com.momentverse.moment;

import com.momentverse.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisibilityTest {

    @Test
    void readsTheThreeNamesIgnoringCase() {
        assertThat(Visibility.parse("public")).isEqualTo(Visibility.PUBLIC);
        assertThat(Visibility.parse(" Unlisted ")).isEqualTo(Visibility.UNLISTED);
        assertThat(Visibility.parse("PRIVATE")).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void refusesMissingAndUnknown() {
        assertThatThrownBy(() -> Visibility.parse(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Visibility.parse("secret")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getErrors().get(0).field()).isEqualTo("visibility"));
    }
}

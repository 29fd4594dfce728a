package com.momentverse.moment;

import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GiftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void noEmailNoDateIsNoGift() {
        assertThat(Gift.of(null, null, TODAY)).isNull();
        assertThat(Gift.of("  ", null, TODAY)).isNull();
    }

    @Test
    void todayOrLaterIsAccepted() {
        assertThat(Gift.of(" ada@example.test ", TODAY, TODAY)).isEqualTo(new Gift("ada@example.test", TODAY));
        assertThat(Gift.of("ada@example.test", null, TODAY)).isEqualTo(new Gift("ada@example.test", null));
    }

    @Test
    void refusesPastDatesBadAddressesAndADateWithoutAnAddress() {
        assertThat(fields("ada@example.test", TODAY.minusDays(1))).containsExactly("giftDate");
        assertThat(fields("not an address", null)).containsExactly("giftEmail");
        assertThat(fields("a@b", null)).containsExactly("giftEmail");
        assertThat(fields(null, TODAY)).containsExactly("giftEmail");
    }

    private static java.util.List<String> fields(String email, LocalDate date) {
        InvalidInputException e = catchThrowableOfType(() -> Gift.of(email, date, TODAY), InvalidInputException.class);
        return e.getErrors().stream().map(FieldError::field).toList();
    }
}

package com.momentverse.order;

import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import com.momentverse.moment.Visibility;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ClaimRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aValidClaimKeepsEveryPart() {
        ClaimRequest claim = ClaimRequest.of("-3299-03-15T12:00:00Z", "-3299-03-15T12:01:00Z", "Europe/Rome",
                "Ides of March", "Beware", "Caesar", "private", 32349, true, "brutus@example.test", TODAY, TODAY);
        assertThat(claim.span().duration().getSeconds()).isEqualTo(60);
        assertThat(claim.zone()).isEqualTo(ZoneId.of("Europe/Rome"));
        assertThat(claim.text().title()).isEqualTo("Ides of March");
        assertThat(claim.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(claim.starHip()).isEqualTo(32349);
        assertThat(claim.premiumCertificate()).isTrue();
        assertThat(claim.gift().email()).isEqualTo("brutus@example.test");
    }

    @Test
    void everyFieldAtFaultIsReportedAtOnce() {
        InvalidInputException e = catchThrowableOfType(() -> ClaimRequest.of("yesterday", "-3299-03-15T12:01:00Z",
                "Mars/Olympus", "", "\u0007", null, "secret", -1, false, "nobody", TODAY.minusDays(1), TODAY),
                InvalidInputException.class);
        assertThat(e.getErrors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "start", "timeZone", "title", "message", "visibility", "giftEmail", "giftDate", "starHip");
    }
}

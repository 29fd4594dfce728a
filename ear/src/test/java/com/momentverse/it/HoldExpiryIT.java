package com.momentverse.it;

import com.momentverse.it.TestUsers.User;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;

import static com.momentverse.it.StarApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unpaid hold expires and frees its span and its star: the order becomes EXPIRED, the
 * moment RELEASED and hidden from everyone but its owner, and others can claim both again.
 * Thirty minutes are not waited for: the test moves the hold's end into the past in the
 * database, and the server's sweep (every second in the test server,
 * MV_ORDER_HOLD_SWEEP_SECONDS=1) must notice within 15 seconds. A hold that has not ended
 * is left alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldExpiryIT {

    private static final String CONSTELLATION = "Hya";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anUnpaidHoldExpiresAndFreesItsSpanAndItsStar() {
        User owner = TestUsers.verifiedUser("expiry-owner");
        User other = TestUsers.verifiedUser("expiry-other");
        int star = Stars.take(CONSTELLATION);
        Instant t = Spans.randomStart();
        Instant end = t.plusSeconds(120);
        JsonObject order = Orders.hold(owner.api(), t, end, "starHip", star);
        String orderId = order.getString("orderId");
        String momentId = order.getString("momentId");
        Instant u = Spans.randomStart();
        String untouched = Orders.hold(owner.api(), u, u.plusSeconds(60)).getString("orderId");
        Spans.assertTaken(t, end, t.minusSeconds(120), end);
        assertThat(Stars.available(star)).isFalse();

        Sql.ageHold(orderId);
        JsonObject expired = Orders.awaitStatus(owner.api(), orderId, "EXPIRED", Duration.ofSeconds(15));

        assertThat(expired.isNull("checkoutUrl")).isTrue();
        assertThat(expired.isNull("paidAt")).isTrue();
        assertThat(Sql.momentStatus(momentId)).isEqualTo("RELEASED");
        assertThat(Orders.moment(owner.api(), momentId).getString("status")).isEqualTo("RELEASED");
        assertProblem(other.api().get("api/v1/moments/" + momentId), 404, "/problems/not-found");
        assertProblem(Api.anonymous().get("api/v1/moments/" + momentId), 404, "/problems/not-found");
        Spans.assertFree(t, end);
        assertThat(Stars.available(star)).isTrue();
        assertProblem(owner.api().post("api/v1/orders/" + orderId + "/cancel", null), 409, "/problems/conflict");

        // The hold that has not ended is still pending.
        assertThat(Orders.order(owner.api(), untouched).getString("status")).isEqualTo("PENDING_PAYMENT");
        Spans.assertTaken(u, u.plusSeconds(60), u.minusSeconds(60), u.plusSeconds(60));

        // Another user claims the freed span and star.
        JsonObject again = Orders.hold(other.api(), t, end, "starHip", star);
        assertThat(again.getString("momentId")).isNotEqualTo(momentId);
        assertThat(Stars.available(star)).isFalse();
        assertThat(Sql.overlappingActiveMoments()).isZero();
    }
}

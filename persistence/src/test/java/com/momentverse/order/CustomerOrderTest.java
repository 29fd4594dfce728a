package com.momentverse.order;

import com.momentverse.common.Span;
import com.momentverse.common.StateConflictException;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentStatus;
import com.momentverse.moment.MomentText;
import com.momentverse.moment.Visibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order's legal state changes, and its moment following them. */
class CustomerOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aPlacedOrderAwaitsPaymentAndKeepsTheQuote() {
        CustomerOrder order = order();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(order.getMoment().getStatus()).isEqualTo(MomentStatus.HELD);
        assertThat(order.getTotal().cents()).isEqualTo(799);
        assertThat(order.getLines()).extracting(OrderLine::getCode).containsExactly(LineCode.MOMENT, LineCode.STAR);
    }

    @Test
    void payingConfirmsTheMomentOnce() {
        CustomerOrder order = order();
        assertThat(order.markPaid(NOW, "ref-1")).isTrue();
        assertThat(order.markPaid(NOW.plusSeconds(5), "ref-2")).isFalse();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(order.getMoment().getStatus()).isEqualTo(MomentStatus.CONFIRMED);
        assertThat(order.getPaidAt()).contains(NOW);
        assertThat(order.getPaymentReference()).contains("ref-1");
    }

    @Test
    void expiringOrFailingReleasesTheMoment() {
        CustomerOrder expired = order();
        assertThat(expired.expire(NOW)).isTrue();
        assertThat(expired.expire(NOW)).isFalse();
        assertThat(expired.getMoment().getStatus()).isEqualTo(MomentStatus.RELEASED);

        CustomerOrder failed = order();
        assertThat(failed.markFailed(NOW)).isTrue();
        assertThat(failed.markFailed(NOW)).isFalse();
        assertThat(failed.getStatus()).isEqualTo(OrderStatus.FAILED);
        assertThat(failed.getMoment().getStatus()).isEqualTo(MomentStatus.RELEASED);
    }

    @Test
    void closedOrdersRefuseOtherChanges() {
        CustomerOrder paid = order();
        paid.markPaid(NOW, "ref");
        assertThatThrownBy(() -> paid.expire(NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> paid.markFailed(NOW)).isInstanceOf(StateConflictException.class);
        assertThat(paid.getMoment().getStatus()).isEqualTo(MomentStatus.CONFIRMED);

        CustomerOrder expired = order();
        expired.expire(NOW);
        assertThatThrownBy(() -> expired.markPaid(NOW, "late")).isInstanceOf(StateConflictException.class);
        assertThat(expired.getMoment().getStatus()).isEqualTo(MomentStatus.RELEASED);
    }

    @Test
    void theHoldIsOverAtItsEndOnlyWhilePending() {
        CustomerOrder order = order();
        assertThat(order.isHoldOver(NOW.plusSeconds(1799))).isFalse();
        assertThat(order.isHoldOver(NOW.plusSeconds(1800))).isTrue();
        order.markPaid(NOW, "ref");
        assertThat(order.isHoldOver(NOW.plusSeconds(3600))).isFalse();
    }

    @Test
    void onlyTheRefundFollowsPaymentAndOnlyALatePaymentFollowsExpiry() {
        assertThat(OrderStatus.PAID.canBecome(OrderStatus.REFUNDED)).isTrue();
        assertThat(OrderStatus.EXPIRED.canBecome(OrderStatus.PAID)).isTrue();
        assertThat(OrderStatus.EXPIRED.canBecome(OrderStatus.REFUNDED)).isTrue();
        assertThat(OrderStatus.EXPIRED.canBecome(OrderStatus.FAILED)).isFalse();
        for (OrderStatus closed : List.of(OrderStatus.FAILED, OrderStatus.REFUNDED)) {
            for (OrderStatus next : OrderStatus.values()) {
                assertThat(closed.canBecome(next)).as("%s -> %s", closed, next).isFalse();
            }
        }
    }

    @Test
    void aRefundReleasesThePaidMomentOnce() {
        CustomerOrder order = order();
        assertThatThrownBy(() -> order.refund(NOW)).isInstanceOf(StateConflictException.class);
        order.markPaid(NOW, "pi_1");
        assertThat(order.refund(NOW.plusSeconds(60))).isTrue();
        assertThat(order.refund(NOW.plusSeconds(90))).isFalse();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.getMoment().getStatus()).isEqualTo(MomentStatus.RELEASED);
        assertThat(order.getRefundedAt()).contains(NOW.plusSeconds(60));
    }

    @Test
    void aLatePaymentConfirmsTheMomentAgainOrIsRefunded() {
        CustomerOrder confirmed = order();
        confirmed.expire(NOW);
        assertThat(confirmed.acceptLatePayment(NOW, "pi_late")).isTrue();
        assertThat(confirmed.acceptLatePayment(NOW, "pi_late")).isFalse();
        assertThat(confirmed.getMoment().getStatus()).isEqualTo(MomentStatus.CONFIRMED);

        CustomerOrder refunded = order();
        refunded.expire(NOW);
        assertThat(refunded.refundLatePayment(NOW, "pi_late")).isTrue();
        assertThat(refunded.refundLatePayment(NOW, "pi_late")).isFalse();
        assertThat(refunded.getStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.getMoment().getStatus()).isEqualTo(MomentStatus.RELEASED);

        assertThatThrownBy(() -> order().acceptLatePayment(NOW, "pi")).isInstanceOf(StateConflictException.class);
    }

    @Test
    void checkoutOnlyEverLengthensTheHold() {
        CustomerOrder order = order();
        order.attachCheckout("cs_1", "https://pay.example/cs_1", NOW.plusSeconds(2100));
        assertThat(order.getHoldExpiresAt()).isEqualTo(NOW.plusSeconds(2100));
        order.attachCheckout("cs_2", "https://pay.example/cs_2", NOW.plusSeconds(60));
        assertThat(order.getHoldExpiresAt()).isEqualTo(NOW.plusSeconds(2100));
        assertThat(order.getCheckoutSessionId()).contains("cs_2");
        order.expire(NOW);
        assertThatThrownBy(() -> order.attachCheckout("cs_3", "u", NOW)).isInstanceOf(StateConflictException.class);
    }

    private static CustomerOrder order() {
        UUID owner = UUID.randomUUID();
        Moment moment = Moment.hold(owner, Span.parse("-3299-03-15T12:00:00Z", "-3299-03-15T12:01:00Z"), ZoneOffset.UTC,
                MomentText.of("Ides", null, null), Visibility.PUBLIC, null, false, null, NOW);
        Quote quote = Quote.of(List.of(OrderLine.of(LineCode.MOMENT, "Moment (first minute)", 1, 499),
                OrderLine.of(LineCode.STAR, "Star pairing: Sirius", 1, 300)), "usd");
        return CustomerOrder.place(owner, moment, quote, NOW, NOW.plusSeconds(1800));
    }
}

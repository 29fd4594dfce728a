package com.momentverse.order;

import com.momentverse.account.AccountDeleting;
import com.momentverse.moment.MomentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * What happens to orders and moments when their owner deletes the account (PRODUCT.md,
 * "Accounts"): pending orders are cancelled, which frees their holds; paid orders and confirmed
 * moments stay, without an owner, and the moments are shown as dedicated by "anonymous".
 */
@ApplicationScoped
public class AccountOrders {

    @Inject
    OrderRepository orders;

    @Inject
    MomentRepository moments;

    Clock clock = Clock.systemUTC();

    void onAccountDeleting(@Observes AccountDeleting deleting) {
        orders.pendingOf(deleting.accountId()).forEach(order -> order.expire(clock.instant()));
        orders.disown(deleting.accountId());
        moments.disown(deleting.accountId());
    }
}

package com.momentverse.order;

import com.momentverse.account.Caller;
import com.momentverse.common.NewestFirst;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import com.momentverse.common.StateConflictException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Orders as their owners and administrators see them, and cancelling a pending one. Another
 * user's order is "not found", never "forbidden" (API.md, "Conventions").
 */
@Stateless
public class OrderService {

    @Inject
    OrderRepository orders;

    @Inject
    CheckoutLinks links;

    Clock clock = Clock.systemUTC();

    /**
     * @throws NotFoundException unless the caller placed the order or is an administrator
     */
    public OrderView find(Caller caller, UUID orderId) {
        CustomerOrder order = orders.find(orderId)
                .filter(o -> caller.admin() || o.isPlacedBy(caller.accountId()))
                .orElseThrow(NotFoundException::new);
        return OrderView.of(order, links);
    }

    /**
     * @throws NotFoundException unless the caller placed the order (administrators included)
     */
    public OrderView own(Caller caller, UUID orderId) {
        CustomerOrder order = orders.find(orderId)
                .filter(o -> o.isPlacedBy(caller.accountId()))
                .orElseThrow(NotFoundException::new);
        return OrderView.of(order, links);
    }

    /**
     * The owner gives up a pending order: it expires at once and frees the span and the star.
     *
     * @throws NotFoundException      unless the caller placed the order
     * @throws StateConflictException unless the order is pending payment
     */
    public OrderView cancel(Caller caller, UUID orderId) {
        CustomerOrder order = orders.findForUpdate(orderId)
                .filter(o -> o.isPlacedBy(caller.accountId()))
                .orElseThrow(NotFoundException::new);
        if (!order.isPending()) {
            throw new StateConflictException("Only an order that awaits payment can be cancelled.");
        }
        order.expire(clock.instant());
        return OrderView.of(order, links);
    }

    /** The account's orders, newest first. */
    public Slice<OrderView> mine(UUID accountId, PageRequest page) {
        NewestFirst after = page.cursor() == null ? null : NewestFirst.fromCursor(page.cursor());
        return Slice.ofOverread(orders.placedBy(accountId, after, page.limit() + 1), page.limit(),
                        o -> new NewestFirst(o.getCreatedAt(), o.getId()).toCursor())
                .map(o -> OrderView.of(o, links));
    }
}

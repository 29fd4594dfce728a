package com.momentverse.order;

import com.momentverse.account.Account;
import com.momentverse.account.AccountRepository;
import com.momentverse.common.NewestFirst;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.PageRequest;
import com.momentverse.common.Slice;
import com.momentverse.payment.PaymentEventRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Orders for administrators: search every customer's orders and read one with its customer and
 * its payment events. Refunds are {@link com.momentverse.payment.RefundService}'s.
 */
@Stateless
@RolesAllowed("ADMIN")
public class OrderAdminService {

    @Inject
    OrderRepository orders;

    @Inject
    AccountRepository accounts;

    @Inject
    PaymentEventRepository events;

    @Inject
    CheckoutLinks links;

    /**
     * Orders newest first. A query that is an order id finds that order (whatever the status
     * filter); any other text is looked for in the customers' e-mail addresses.
     *
     * @param query  an order id, a part of an e-mail address, or null for every order
     * @param status only orders in this state, or null for all
     */
    public Slice<AdminOrder> search(String query, OrderStatus status, PageRequest page) {
        String text = query == null || query.isBlank() ? null : query.strip();
        Optional<UUID> id = text == null ? Optional.empty() : uuid(text);
        if (id.isPresent()) {
            return new Slice<>(orders.find(id.get()).map(order -> withCustomers(List.of(order))).orElse(List.of()), null);
        }
        NewestFirst after = page.cursor() == null ? null : NewestFirst.fromCursor(page.cursor());
        Slice<CustomerOrder> found = Slice.ofOverread(orders.search(text, status, after, page.limit() + 1), page.limit(),
                order -> new NewestFirst(order.getCreatedAt(), order.getId()).toCursor());
        return new Slice<>(withCustomers(found.items()), found.nextCursor());
    }

    /** @throws NotFoundException when there is no such order */
    public AdminOrder find(UUID orderId) {
        return withCustomers(List.of(orders.find(orderId).orElseThrow(NotFoundException::new))).get(0);
    }

    /** The payment provider's events recorded for the order, in the order they arrived. */
    public List<PaymentEventView> paymentEvents(UUID orderId) {
        return events.ofOrder(orderId).stream()
                .map(event -> new PaymentEventView(event.getEventId(), event.getEventType(), event.getReceivedAt()))
                .toList();
    }

    private List<AdminOrder> withCustomers(List<CustomerOrder> found) {
        Set<UUID> ids = found.stream().map(CustomerOrder::getAccountId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, Account> customers = accounts.findAll(ids).stream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
        return found.stream().map(order -> {
            Account customer = order.getAccountId() == null ? null : customers.get(order.getAccountId());
            return new AdminOrder(OrderView.of(order, links), order.getAccountId(),
                    customer == null ? null : customer.getName(), customer == null ? null : customer.getEmail(),
                    order.getPaymentReference().orElse(null), order.getRefundedAt().orElse(null));
        }).toList();
    }

    private static Optional<UUID> uuid(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package com.momentverse.order;

import com.momentverse.common.Money;
import com.momentverse.common.StateConflictException;
import com.momentverse.moment.Moment;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An order for one moment: the lines the customer was quoted and their total (stored, never
 * recomputed, so what was shown, stored and charged agree), and the hold on the moment until
 * payment.
 *
 * <p>The order and its moment change state together, here: paying confirms the moment;
 * expiring, cancelling and failing release it. Each change is allowed only from the state
 * {@link OrderStatus#canBecome} names, and doing again what is already done changes nothing
 * (so fulfilment may run twice, from a webhook and a return page, and count once).
 * ("Order" is a keyword in SQL and JPQL, hence the entity's name.)
 */
@Entity
@Table(name = "customer_order")
public class CustomerOrder {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "account_id")
    private UUID accountId;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "moment_id", nullable = false, updatable = false)
    private Moment moment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private OrderStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(name = "total_amount", nullable = false, updatable = false)
    private long totalAmount;

    @Column(name = "currency", length = 3, nullable = false, updatable = false)
    private String currency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "hold_expires_at", nullable = false)
    private Instant holdExpiresAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "payment_reference", length = 255)
    private String paymentReference;

    @Column(name = "checkout_session_id", length = 255)
    private String checkoutSessionId;

    @Column(name = "checkout_url", length = 2000)
    private String checkoutUrl;

    @Column(name = "refunded_at")
    private Instant refundedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CustomerOrder() {
        // for JPA
    }

    /** A new order awaiting payment for a held moment, at the quoted price, held until {@code holdExpiresAt}. */
    public static CustomerOrder place(UUID accountId, Moment moment, Quote quote, Instant now, Instant holdExpiresAt) {
        CustomerOrder order = new CustomerOrder();
        order.id = UUID.randomUUID();
        order.accountId = Objects.requireNonNull(accountId, "accountId");
        order.moment = Objects.requireNonNull(moment, "moment");
        order.lines = new ArrayList<>(quote.lines());
        order.totalAmount = quote.total().cents();
        order.currency = quote.currency();
        order.status = OrderStatus.PENDING_PAYMENT;
        order.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        order.holdExpiresAt = holdExpiresAt;
        return order;
    }

    /**
     * Payment received: the order is PAID and its moment CONFIRMED.
     *
     * @return true if this changed the order, false if it was already paid
     * @throws StateConflictException when the order is no longer pending (expired, failed, refunded)
     */
    public boolean markPaid(Instant now, String reference) {
        if (status == OrderStatus.PAID) {
            return false;
        }
        if (status != OrderStatus.PENDING_PAYMENT) {
            // An expired order is paid only through acceptLatePayment, which checks the span again.
            throw new StateConflictException("This order is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " and can no longer be paid.");
        }
        moveTo(OrderStatus.PAID, "paid");
        moment.confirm();
        paidAt = now;
        closedAt = now;
        paymentReference = reference;
        return true;
    }

    /**
     * A payment for an order whose hold had already run out, while its span and star were still
     * free: the order is PAID and its moment CONFIRMED again. The caller makes sure they are free
     * (the database refuses otherwise).
     *
     * @return true if this changed the order, false if it was already paid
     */
    public boolean acceptLatePayment(Instant now, String reference) {
        if (status == OrderStatus.PAID) {
            return false;
        }
        if (status != OrderStatus.EXPIRED) {
            throw new StateConflictException("Only an expired order takes a late payment.");
        }
        status = OrderStatus.PAID;
        moment.reinstate();
        paidAt = now;
        closedAt = now;
        paymentReference = reference;
        return true;
    }

    /**
     * A payment for an order whose hold had run out and whose span or star someone else holds now:
     * the payment was given back, and the order is REFUNDED without ever confirming its moment.
     *
     * @return true if this changed the order, false if it was already refunded
     */
    public boolean refundLatePayment(Instant now, String reference) {
        if (status == OrderStatus.REFUNDED) {
            return false;
        }
        if (status != OrderStatus.EXPIRED) {
            throw new StateConflictException("Only an expired order's late payment is refunded this way.");
        }
        status = OrderStatus.REFUNDED;
        paymentReference = reference;
        refundedAt = now;
        return true;
    }

    /**
     * The payment was refunded: the order is REFUNDED and its moment released.
     *
     * @return true if this changed the order, false if it was already refunded
     * @throws StateConflictException unless the order is paid
     */
    public boolean refund(Instant now) {
        if (status == OrderStatus.REFUNDED) {
            return false;
        }
        moveTo(OrderStatus.REFUNDED, "refunded");
        moment.release();
        refundedAt = now;
        return true;
    }

    /**
     * The order's checkout session at the payment provider, and the hold's end, which the
     * session's expiry needs and which only ever moves later.
     */
    public void attachCheckout(String sessionId, String url, Instant holdUntil) {
        if (!isPending()) {
            throw new StateConflictException("Only an order that awaits payment goes to checkout.");
        }
        checkoutSessionId = sessionId;
        checkoutUrl = url;
        if (holdUntil.isAfter(holdExpiresAt)) {
            holdExpiresAt = holdUntil;
        }
    }

    /**
     * The payment failed: the order is FAILED and its moment released.
     *
     * @return true if this changed the order, false if it had already failed
     */
    public boolean markFailed(Instant now) {
        if (status == OrderStatus.FAILED) {
            return false;
        }
        moveTo(OrderStatus.FAILED, "marked as failed");
        moment.release();
        closedAt = now;
        return true;
    }

    /**
     * The hold ran out, or the owner gave up: the order is EXPIRED and its moment released.
     *
     * @return true if this changed the order, false if it had already expired
     */
    public boolean expire(Instant now) {
        if (status == OrderStatus.EXPIRED) {
            return false;
        }
        moveTo(OrderStatus.EXPIRED, "cancelled");
        moment.release();
        closedAt = now;
        return true;
    }

    /** Whether the order still waits for payment and its hold ran out at {@code now}. */
    public boolean isHoldOver(Instant now) {
        return status == OrderStatus.PENDING_PAYMENT && !now.isBefore(holdExpiresAt);
    }

    public boolean isPending() {
        return status == OrderStatus.PENDING_PAYMENT;
    }

    public boolean isPlacedBy(UUID account) {
        return accountId != null && accountId.equals(account);
    }

    private void moveTo(OrderStatus next, String verb) {
        if (!status.canBecome(next)) {
            throw new StateConflictException("This order is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + " and can no longer be " + verb + ".");
        }
        status = next;
    }

    public UUID getId() {
        return id;
    }

    /** The customer's account id, or null when the customer deleted their account. */
    public UUID getAccountId() {
        return accountId;
    }

    public Moment getMoment() {
        return moment;
    }

    public OrderStatus getStatus() {
        return status;
    }

    /** The stored lines, in the order shown (unmodifiable). */
    public List<OrderLine> getLines() {
        return List.copyOf(lines);
    }

    public Quote getQuote() {
        return new Quote(lines, getTotal());
    }

    public Money getTotal() {
        return Money.of(totalAmount, currency);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getHoldExpiresAt() {
        return holdExpiresAt;
    }

    public Optional<Instant> getPaidAt() {
        return Optional.ofNullable(paidAt);
    }

    public Optional<Instant> getClosedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> getPaymentReference() {
        return Optional.ofNullable(paymentReference);
    }

    /** The checkout session at the payment provider, if one was created. */
    public Optional<String> getCheckoutSessionId() {
        return Optional.ofNullable(checkoutSessionId);
    }

    /** The payment provider's page for this order's checkout session, if one was created. */
    public Optional<String> getCheckoutUrl() {
        return Optional.ofNullable(checkoutUrl);
    }

    public Optional<Instant> getRefundedAt() {
        return Optional.ofNullable(refundedAt);
    }
}

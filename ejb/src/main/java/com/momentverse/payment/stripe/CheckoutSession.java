package com.momentverse.payment.stripe;

/**
 * A Checkout session as this application needs it.
 *
 * @param id            Stripe's id ({@code cs_...})
 * @param url           the page where the customer pays, while the session is open
 * @param status        {@code open}, {@code complete} or {@code expired}
 * @param paymentStatus {@code paid}, {@code unpaid} or {@code no_payment_required}
 * @param paymentIntent the payment's id ({@code pi_...}), once there is one; else null
 */
public record CheckoutSession(String id, String url, String status, String paymentStatus, String paymentIntent) {

    /** Whether the money is there: the order can be fulfilled. */
    public boolean isPaid() {
        return "paid".equals(paymentStatus) || "no_payment_required".equals(paymentStatus);
    }

    public boolean isOpen() {
        return "open".equals(status);
    }
}

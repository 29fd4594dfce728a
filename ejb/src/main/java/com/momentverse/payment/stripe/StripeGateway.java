package com.momentverse.payment.stripe;

import com.momentverse.order.OrderLine;
import com.momentverse.payment.PaymentProviderException;
import com.momentverse.payment.PaymentSettings;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * The calls this application makes to Stripe. Every call that creates something carries an
 * idempotency key derived from the order, so a retry (ours, or stripe-java's own on a network
 * error) never creates a second session or refund. Failures become
 * {@link PaymentProviderException}; Stripe's error type and code are logged, never the key.
 *
 * <p>No call is made inside a database transaction: callers hold no locks while Stripe answers.
 */
@ApplicationScoped
public class StripeGateway {

    private static final Logger LOG = Logger.getLogger(StripeGateway.class);
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 20_000;

    @Inject
    PaymentSettings settings;

    @Inject
    @ConfigProperty(name = "mv.public-url")
    String publicUrl;

    private volatile StripeClient client;

    /** Creates the order's Checkout session: its lines, its expiry, and where Stripe sends the customer back. */
    public CheckoutSession createSession(CheckoutRequest request) {
        String back = base() + "/checkout/return?order=" + request.orderId();
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(request.orderId().toString())
                .putMetadata("order_id", request.orderId().toString())
                .putMetadata("moment_id", request.momentId().toString())
                .setExpiresAt(request.expiresAt().getEpochSecond())
                .setSuccessUrl(back)
                .setCancelUrl(back);
        for (OrderLine line : request.lines()) {
            params.addLineItem(SessionCreateParams.LineItem.builder()
                    .setQuantity((long) line.getQuantity())
                    .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                            .setCurrency(request.currency())
                            .setUnitAmount(line.getUnitAmount())
                            .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                    .setName(line.getDescription())
                                    .build())
                            .build())
                    .build());
        }
        String key = "checkout-" + request.orderId() + "-" + request.expiresAt().getEpochSecond();
        try {
            return state(client().checkout().sessions().create(params.build(), idempotent(key)));
        } catch (StripeException e) {
            throw failure("create the checkout session of order " + request.orderId(), e);
        }
    }

    /** The session as Stripe has it now. */
    public CheckoutSession session(String sessionId) {
        try {
            return state(client().checkout().sessions().retrieve(sessionId));
        } catch (StripeException e) {
            throw failure("read checkout session " + sessionId, e);
        }
    }

    /**
     * Ends an open session, so it can no longer be paid. A session that is no longer open (paid,
     * or expired already) cannot be expired; then its current state is the answer.
     */
    public CheckoutSession expire(String sessionId) {
        CheckoutSession current = session(sessionId);
        if (!current.isOpen()) {
            return current;
        }
        try {
            return state(client().checkout().sessions().expire(sessionId, RequestOptions.getDefault()));
        } catch (StripeException e) {
            // Paid in the instant between the two calls: the current state says so.
            CheckoutSession now = session(sessionId);
            if (!now.isOpen()) {
                return now;
            }
            throw failure("expire checkout session " + sessionId, e);
        }
    }

    /** Gives the whole payment back; the key makes a repeated refund of the order the same refund. */
    public void refund(String paymentIntent, UUID orderId) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(paymentIntent)
                .putMetadata("order_id", orderId.toString())
                .build();
        try {
            client().refunds().create(params, idempotent("refund-" + orderId));
        } catch (StripeException e) {
            throw failure("refund order " + orderId, e);
        }
    }

    private static CheckoutSession state(Session session) {
        return new CheckoutSession(session.getId(), session.getUrl(), session.getStatus(), session.getPaymentStatus(),
                session.getPaymentIntent());
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private static PaymentProviderException failure(String what, StripeException e) {
        String summary = e.getClass().getSimpleName() + " status=" + e.getStatusCode() + " code=" + e.getCode()
                + " request=" + e.getRequestId();
        LOG.warnf("Stripe: could not %s: %s", what, summary);
        return new PaymentProviderException("Stripe: could not " + what + ": " + summary, null);
    }

    private StripeClient client() {
        StripeClient current = client;
        if (current == null) {
            synchronized (this) {
                current = client;
                if (current == null) {
                    StripeClient.StripeClientBuilder builder = StripeClient.builder()
                            .setApiKey(settings.secretKey().orElseThrow(() ->
                                    new IllegalStateException("Stripe is not configured (MV_STRIPE_SECRET_KEY)")))
                            .setConnectTimeout(CONNECT_TIMEOUT_MS)
                            .setReadTimeout(READ_TIMEOUT_MS)
                            .setMaxNetworkRetries(1);
                    settings.apiBase().ifPresent(builder::setApiBase);
                    current = builder.build();
                    client = current;
                }
            }
        }
        return current;
    }

    private String base() {
        String base = publicUrl.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}

package com.momentverse.it.stripe;

import com.momentverse.it.Api;
import com.momentverse.it.Http;
import com.momentverse.it.Mailbox;
import com.momentverse.it.Orders;
import com.momentverse.it.Spans;
import com.momentverse.it.Sql;
import com.momentverse.it.Stars;
import com.momentverse.it.TestUsers;
import com.momentverse.it.TestUsers.User;
import com.momentverse.it.stripe.StripeStandIn.Session;
import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the payment tests share: a claimed moment with its checkout session at the stand-in, the
 * states an order and its moment must reach, mails counted by a word of their subject, and
 * requests fired together from several threads.
 */
final class Payments {

    /** Long enough for an effect that should not happen to show: the hold sweep and the outbox both run every second. */
    static final Duration SETTLE = Duration.ofMillis(2_500);
    /** How long an effect that should happen may take. */
    static final Duration EFFECT = Duration.ofSeconds(15);
    /** The word of the receipt's subject. */
    static final String RECEIPT = "confirmed";
    /** The word of the refund mail's subject. */
    static final String REFUND = "refund";

    private Payments() {
    }

    /** A pending order of a customer for a span and star of their own, and its checkout session. */
    record Claim(User customer, Instant start, Instant end, int star, JsonObject order) {

        Api api() {
            return customer.api().withNewAddress();
        }

        String orderId() {
            return order.getString("orderId");
        }

        String momentId() {
            return order.getString("momentId");
        }

        /** The session the order's checkoutUrl leads to. */
        String sessionId() {
            return StripeStandIn.sessionIdOf(order.getString("checkoutUrl"));
        }

        Session session() {
            return StripeStandIn.session(sessionId());
        }

        String email() {
            return customer.email();
        }

        /** The order as its owner reads it now. */
        JsonObject read() {
            return Orders.order(api(), orderId());
        }
    }

    /** A new verified customer claims a random minute with a star of the constellation. */
    static Claim claim(String who, String constellation) {
        return claim(TestUsers.verifiedUser(who), constellation);
    }

    static Claim claim(User customer, String constellation) {
        Instant start = Spans.randomStart();
        return claim(customer, start, start.plusSeconds(60), Stars.take(constellation));
    }

    /** The customer claims the span with the star; more order members (as {@link Orders#body}) may be given. */
    static Claim claim(User customer, Instant start, Instant end, int star, Object... overrides) {
        Object[] members = new Object[overrides.length + 2];
        members[0] = "starHip";
        members[1] = star;
        System.arraycopy(overrides, 0, members, 2, overrides.length);
        JsonObject order = Orders.hold(customer.api(), start, end, members);
        assertThat(order.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(order.getString("checkoutUrl")).as(order.toString()).startsWith(StripeStandIn.CHECKOUT_PAGE);
        return new Claim(customer, start, end, star, order);
    }

    /** Several customers, each with a claim of their own. */
    static List<Claim> claims(String who, int count, String constellation) {
        List<Claim> claims = new ArrayList<>();
        for (User customer : TestUsers.verifiedUsers(who, count)) {
            claims.add(claim(customer, constellation));
        }
        return claims;
    }

    // ------------------------------------------------------------------------------------
    // Paying
    // ------------------------------------------------------------------------------------

    /** The customer pays at the stand-in and Stripe's webhook says so: the order is paid and one receipt is mailed. */
    static JsonObject payByWebhook(Claim claim) {
        StripeStandIn.pay(claim.sessionId());
        assertAccepted(StripeEvents.deliver(StripeEvents.completed(claim.sessionId())));
        JsonObject paid = awaitPaid(claim);
        assertMails(claim.email(), RECEIPT, 1);
        return paid;
    }

    /** A webhook delivery the server took (2xx: processed, duplicate or ignored). */
    static void assertAccepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("webhook answer: %s", response.body()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------
    // States
    // ------------------------------------------------------------------------------------

    /** Waits for PAID, then: paidAt set, the moment CONFIRMED, its span and star taken. */
    static JsonObject awaitPaid(Claim claim) {
        JsonObject order = Orders.awaitStatus(claim.api(), claim.orderId(), "PAID", EFFECT);
        assertThat(order.isNull("paidAt")).as(order.toString()).isFalse();
        assertThat(Instant.parse(order.getString("paidAt"))).isAfterOrEqualTo(Instant.parse(order.getString("createdAt")));
        assertThat(order.isNull("checkoutUrl")).as("checkoutUrl only while pending: %s", order).isTrue();
        assertThat(Sql.momentStatus(claim.momentId())).isEqualTo("CONFIRMED");
        assertThat(Orders.moment(Api.anonymous(), claim.momentId()).getString("status")).isEqualTo("CONFIRMED");
        assertSpanAndStarTaken(claim);
        return order;
    }

    /** Waits for the status, then: the moment RELEASED, its span and star free. */
    static JsonObject awaitReleased(Claim claim, String status) {
        JsonObject order = Orders.awaitStatus(claim.api(), claim.orderId(), status, EFFECT);
        assertReleased(claim);
        return order;
    }

    static void assertReleased(Claim claim) {
        assertThat(Sql.momentStatus(claim.momentId())).isEqualTo("RELEASED");
        Spans.assertFree(claim.start(), claim.end());
        assertThat(Stars.available(claim.star())).as("star %d free", claim.star()).isTrue();
    }

    /** Still pending: PENDING_PAYMENT, the moment HELD, its span and star taken. */
    static void assertPending(Claim claim) {
        assertThat(claim.read().getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(Sql.momentStatus(claim.momentId())).isEqualTo("HELD");
        assertSpanAndStarTaken(claim);
    }

    static void assertSpanAndStarTaken(Claim claim) {
        assertThat(Spans.availability(claim.start(), claim.end()).getBoolean("available"))
                .as("[%s, %s) taken", claim.start(), claim.end()).isFalse();
        assertThat(Stars.available(claim.star())).as("star %d taken", claim.star()).isFalse();
    }

    /** The order has what it had (status and paidAt), and its moment the same status. */
    static void assertUnchanged(Claim claim, JsonObject before, String momentStatus) {
        JsonObject now = claim.read();
        assertThat(now.getString("status")).as(now.toString()).isEqualTo(before.getString("status"));
        assertThat(now.get("paidAt")).as(now.toString()).isEqualTo(before.get("paidAt"));
        assertThat(Sql.momentStatus(claim.momentId())).isEqualTo(momentStatus);
        assertThat(Sql.overlappingActiveMoments()).isZero();
        assertThat(Sql.starsOnSeveralActiveMoments()).isZero();
    }

    // ------------------------------------------------------------------------------------
    // Mail
    // ------------------------------------------------------------------------------------

    /** Mails to the address whose subject contains the word, in any case. */
    static long mails(String address, String word) {
        return Mailbox.messages(address).stream()
                .filter(m -> Mailbox.subject(m).toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)))
                .count();
    }

    /** Exactly this many such mails: waits for them, then a while longer for any extra one. */
    static void assertMails(String address, String word, long expected) {
        awaitMails(address, word, expected);
        sleep(SETTLE);
        assertMailsNow(address, word, expected);
    }

    /** Waits (at most 30 s) until there are at least this many such mails. */
    static void awaitMails(String address, String word, long atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (mails(address, word) < atLeast && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(200));
        }
    }

    /** Exactly this many such mails now (after the caller let the outbox settle). */
    static void assertMailsNow(String address, String word, long expected) {
        assertThat(mails(address, word)).as("mails \"%s\" to %s: %s", word, address,
                Mailbox.messages(address).stream().map(Mailbox::subject).toList()).isEqualTo(expected);
    }

    // ------------------------------------------------------------------------------------
    // Operations
    // ------------------------------------------------------------------------------------

    /** The admin's refund of the order (POST /api/v1/admin/orders/{id}/refund). */
    static HttpResponse<String> refund(Api caller, String orderId) {
        return caller.post("api/v1/admin/orders/" + orderId + "/refund", null);
    }

    /** GET /checkout/return?order= as an anonymous browser (the customer's session cookie is not needed): 200, HTML. */
    static HttpResponse<String> returnPage(String orderId) {
        HttpResponse<String> page = Http.get("checkout/return?order=" + orderId);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return page;
    }

    /** Prometheus text of the management port. */
    static String metrics() {
        HttpResponse<String> response = Http.get(Http.MANAGEMENT, "metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** A regular expression for a sample of the counter with the label, at 1 or more. */
    static String counted(String counter, String label, String value) {
        return "(?m)^" + counter + "\\{[^}]*" + label + "=\"" + value + "\"[^}]*\\} [1-9]";
    }

    // ------------------------------------------------------------------------------------
    // Concurrency and time
    // ------------------------------------------------------------------------------------

    /** Runs the calls from the given number of threads, released together, and returns their results in order. */
    static <T> List<T> together(int threads, List<Callable<T>> calls) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a concurrent call failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

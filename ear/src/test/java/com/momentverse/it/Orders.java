package com.momentverse.it;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.momentverse.it.Api.json;
import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Quotes and orders as a client places them, with the checks every priced answer must pass. */
public final class Orders {

    /** As the value of a member in {@link #body}: leave the member out. */
    public static final Object ABSENT = new Object();

    /** An order line as expected: code, quantity and unit amount in cents. */
    public record Line(String code, long quantity, long unitAmount) {
        long amount() {
            return quantity * unitAmount;
        }
    }

    private Orders() {
    }

    /**
     * A valid order body for the span (no star, no premium certificate, public) with the given
     * members added or replaced; a member given {@link #ABSENT} is left out.
     */
    public static JsonObject body(Instant start, Instant end, Object... overrides) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("start", start.toString());
        members.put("end", end.toString());
        members.put("timeZone", "Europe/Paris");
        members.put("title", "A moment to remember");
        members.put("message", "For the day we met.");
        members.put("dedicatedTo", "Ada");
        members.put("visibility", "PUBLIC");
        for (int i = 0; i < overrides.length; i += 2) {
            members.put((String) overrides[i], overrides[i + 1]);
        }
        List<Object> pairs = new ArrayList<>();
        members.forEach((name, value) -> {
            if (value != ABSENT) {
                pairs.add(name);
                pairs.add(value);
            }
        });
        return json(pairs.toArray());
    }

    public static HttpResponse<String> place(Api api, JsonObject body) {
        return api.post("api/v1/orders", body);
    }

    /** Places the order, which must be accepted (201), and returns it. */
    public static JsonObject placed(Api api, JsonObject body) {
        HttpResponse<String> response = place(api, body);
        assertThat(response.statusCode()).as("order %s: %s", body, response.body()).isEqualTo(201);
        return json(response);
    }

    /** Holds the span for the caller (201) with the given members, and returns the order. */
    public static JsonObject hold(Api api, Instant start, Instant end, Object... overrides) {
        return placed(api, body(start, end, overrides));
    }

    /** GET /api/v1/orders/{id} as the caller, which must see it. */
    public static JsonObject order(Api api, String orderId) {
        HttpResponse<String> response = api.get("api/v1/orders/" + orderId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** GET /api/v1/moments/{id} as the caller, which must see it. */
    public static JsonObject moment(Api api, String momentId) {
        HttpResponse<String> response = api.get("api/v1/moments/" + momentId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** Polls the order (as its owner) until it has the status, for at most the time given. */
    public static JsonObject awaitStatus(Api owner, String orderId, String status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonObject order = order(owner, orderId);
        while (!order.getString("status").equals(status) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            order = order(owner, orderId);
        }
        assertThat(order.getString("status")).as("order %s after %s: %s", orderId, timeout, order).isEqualTo(status);
        return order;
    }

    /** POST /api/v1/quotes as an anonymous client, which must answer 200. */
    public static JsonObject quote(JsonObject body) {
        HttpResponse<String> response = Api.anonymous().post("api/v1/quotes", body);
        assertThat(response.statusCode()).as("quote %s: %s", body, response.body()).isEqualTo(200);
        return json(response);
    }

    /**
     * Asserts a quote or an order has exactly these lines (in any order), each line's amount is
     * its quantity times its unit amount and has a description, and the total is their sum, in usd.
     */
    public static void assertPriced(JsonObject priced, Line... expected) {
        List<Line> lines = new ArrayList<>();
        long sum = 0;
        for (JsonObject line : priced.getJsonArray("lines").getValuesAs(JsonObject.class)) {
            Line actual = new Line(line.getString("code"), line.getJsonNumber("quantity").longValueExact(),
                    line.getJsonNumber("unitAmount").longValueExact());
            assertThat(line.getJsonNumber("amount").longValueExact()).as(line.toString()).isEqualTo(actual.amount());
            assertThat(line.getString("description")).as(line.toString()).isNotBlank();
            lines.add(actual);
            sum += actual.amount();
        }
        assertThat(lines).as(priced.toString()).containsExactlyInAnyOrder(expected);
        long expectedTotal = 0;
        for (Line line : expected) {
            expectedTotal += line.amount();
        }
        assertThat(priced.getJsonNumber("total").longValueExact()).as(priced.toString()).isEqualTo(sum).isEqualTo(expectedTotal);
        assertThat(priced.getString("currency")).isEqualTo("usd");
    }
}

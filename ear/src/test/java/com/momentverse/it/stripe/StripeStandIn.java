package com.momentverse.it.stripe;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Stripe as the server under test sees it: a WireMock server on 127.0.0.1 (the build gives the
 * server its address as {@code MV_STRIPE_API_BASE}) that answers the calls MomentVerse makes the
 * way Stripe's API does, keeping the checkout sessions it created in memory:
 *
 * <ul>
 *   <li>{@code POST /v1/checkout/sessions}: a new session {@code cs_test_…}, open and unpaid, that
 *       echoes {@code client_reference_id}, {@code expires_at} and {@code metadata}, with {@code url}
 *       {@code https://checkout.stripe.test/pay/<id>}; the same {@code Idempotency-Key} gives the
 *       same session again, as at Stripe;</li>
 *   <li>{@code GET /v1/checkout/sessions/<id>}: the session as a test last set it ({@link #pay},
 *       {@link #completeUnpaid}, {@link #expire}); {@code GET /v1/checkout/sessions?payment_intent=}
 *       lists them;</li>
 *   <li>{@code POST /v1/checkout/sessions/<id>/expire}: an open session becomes expired (any other
 *       is refused with 400, as Stripe does);</li>
 *   <li>{@code POST /v1/refunds}: a succeeded refund of the {@code payment_intent}.</li>
 * </ul>
 *
 * Tests make it fail ({@link #failAll()}, {@link #fail}) and {@link #recover()}, and read what the
 * server sent from WireMock's request journal ({@link #sent}).
 */
public final class StripeStandIn {

    public static final String CHECKOUT_PAGE = "https://checkout.stripe.test/pay/";
    private static final String TRANSFORMER = "stripe-stand-in";

    private static WireMockServer server;
    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();
    private static final Map<String, String> IDEMPOTENT = new ConcurrentHashMap<>();
    private static final List<StubMapping> FAILURES = new CopyOnWriteArrayList<>();
    /** Session id → its place in the order of creation. */
    private static final Map<String, Long> CREATION_ORDER = new ConcurrentHashMap<>();
    private static final AtomicLong CREATIONS = new AtomicLong();

    private StripeStandIn() {
    }

    /** A checkout session as the stand-in keeps it. */
    public record Session(String id, String orderId, Map<String, String> metadata, long created, long expiresAt,
                          long amountTotal, String successUrl, String cancelUrl, String status, String paymentStatus,
                          String paymentIntent) {

        /** The same session in another state. */
        public Session with(String newStatus, String newPaymentStatus, String newPaymentIntent) {
            return new Session(id, orderId, metadata, created, expiresAt, amountTotal, successUrl, cancelUrl,
                    newStatus, newPaymentStatus, newPaymentIntent);
        }

        public String url() {
            return CHECKOUT_PAGE + id;
        }

        /** The session as Stripe's API writes it (and as a checkout.session event carries it). */
        public JsonObject toJson() {
            JsonObjectBuilder meta = Json.createObjectBuilder();
            metadata.forEach(meta::add);
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", id)
                    .add("object", "checkout.session")
                    .add("amount_total", amountTotal)
                    .add("cancel_url", cancelUrl)
                    .add("client_reference_id", orderId)
                    .add("created", created)
                    .add("currency", "usd")
                    .add("expires_at", expiresAt)
                    .add("livemode", false)
                    .add("metadata", meta)
                    .add("mode", "payment")
                    .add("payment_status", paymentStatus)
                    .add("status", status)
                    .add("success_url", successUrl);
            nullable(json, "payment_intent", paymentIntent);
            nullable(json, "url", "open".equals(status) ? url() : null);
            return json.build();
        }
    }

    /** A request the server sent to the stand-in, as the journal logged it. */
    public record Sent(String method, String path, Map<String, String> form, String idempotencyKey,
                       String authorization, Instant at) {

        public String form(String name) {
            return form.get(name);
        }
    }

    // ------------------------------------------------------------------------------------
    // Life cycle (TestServices)
    // ------------------------------------------------------------------------------------

    /** Starts the stand-in on 127.0.0.1 with its default stubs. */
    public static synchronized void start(int port) {
        server = new WireMockServer(options().bindAddress("127.0.0.1").port(port)
                .extensions(new Behaviour()));
        server.start();
        // Anything not stubbed answers as Stripe does for an unknown path.
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(error(404, "invalid_request_error",
                "Unrecognized request URL (stand-in).")));
        server.stubFor(any(urlPathMatching("/v1/(checkout/sessions.*|refunds)")).atPriority(5)
                .willReturn(aResponse().withTransformers(TRANSFORMER)));
        System.out.println("[it] Stripe stand-in on 127.0.0.1:" + port);
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    // ------------------------------------------------------------------------------------
    // Sessions
    // ------------------------------------------------------------------------------------

    public static Session session(String sessionId) {
        Session session = SESSIONS.get(sessionId);
        if (session == null) {
            throw new AssertionError("the stand-in created no session " + sessionId);
        }
        return session;
    }

    /** The latest session created for the order. */
    public static Session sessionOf(String orderId) {
        return SESSIONS.values().stream().filter(s -> orderId.equals(s.orderId()))
                .max(Comparator.comparingLong(s -> sessionOrder(s.id())))
                .orElseThrow(() -> new AssertionError("the stand-in created no session for order " + orderId));
    }

    /** The id of the session behind a checkout URL the server handed out. */
    public static String sessionIdOf(String checkoutUrl) {
        if (checkoutUrl == null || !checkoutUrl.startsWith(CHECKOUT_PAGE)) {
            throw new AssertionError("not a checkout URL of the stand-in: " + checkoutUrl);
        }
        return checkoutUrl.substring(CHECKOUT_PAGE.length());
    }

    /** The customer paid: complete, paid, with a payment intent (the one it had, if any). */
    public static Session pay(String sessionId) {
        return SESSIONS.compute(sessionId, (id, s) -> require(id, s).with("complete", "paid",
                s.paymentIntent() != null ? s.paymentIntent() : "pi_" + random()));
    }

    /** The customer finished with a payment method that settles later: complete, still unpaid. */
    public static Session completeUnpaid(String sessionId) {
        return SESSIONS.compute(sessionId, (id, s) -> require(id, s).with("complete", "unpaid", "pi_" + random()));
    }

    /** Open and unpaid again. */
    public static Session open(String sessionId) {
        return SESSIONS.compute(sessionId, (id, s) -> require(id, s).with("open", "unpaid", null));
    }

    /** Expired at Stripe (its time ran out, or somebody expired it). */
    public static Session expire(String sessionId) {
        return SESSIONS.compute(sessionId, (id, s) -> require(id, s).with("expired", "unpaid", s.paymentIntent()));
    }

    private static Session require(String id, Session session) {
        if (session == null) {
            throw new AssertionError("the stand-in created no session " + id);
        }
        return session;
    }

    // ------------------------------------------------------------------------------------
    // Outages
    // ------------------------------------------------------------------------------------

    /** Every call answers 500 with a Stripe error until {@link #recover()}. */
    public static void failAll() {
        fail(".*");
    }

    /** Calls whose path matches the regular expression answer 500 with a Stripe error until {@link #recover()}. */
    public static void fail(String pathRegex) {
        FAILURES.add(server.stubFor(any(urlPathMatching(pathRegex)).atPriority(1)
                .willReturn(error(500, "api_error", "Stripe is having a bad day (stand-in outage)."))));
    }

    /** Ends every outage. */
    public static void recover() {
        for (StubMapping failure : FAILURES) {
            server.removeStub(failure);
        }
        FAILURES.clear();
    }

    private static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(errorJson(type, message));
    }

    private static String errorJson(String type, String message) {
        return Json.createObjectBuilder().add("error", Json.createObjectBuilder()
                .add("type", type).add("message", message)).build().toString();
    }

    // ------------------------------------------------------------------------------------
    // What the server sent
    // ------------------------------------------------------------------------------------

    /** Every request with this method whose path (without the query) matches the regular expression, oldest first. */
    public static List<Sent> sent(String method, String pathRegex) {
        Pattern path = Pattern.compile(pathRegex);
        List<Sent> found = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            LoggedRequest request = event.getRequest();
            String requestPath = request.getUrl().split("\\?", 2)[0];
            if (request.getMethod().value().equals(method) && path.matcher(requestPath).matches()) {
                found.add(new Sent(method, requestPath, form(request.getBodyAsString()),
                        request.getHeader("Idempotency-Key"), request.getHeader("Authorization"),
                        request.getLoggedDate().toInstant()));
            }
        }
        found.sort(Comparator.comparing(Sent::at));
        return found;
    }

    /** The session creations sent for the order. */
    public static List<Sent> sessionCreations(String orderId) {
        return sent("POST", "/v1/checkout/sessions").stream()
                .filter(s -> orderId.equals(s.form("client_reference_id"))).toList();
    }

    /** The retrievals of the session. */
    public static List<Sent> retrievals(String sessionId) {
        return sent("GET", "/v1/checkout/sessions/" + Pattern.quote(sessionId));
    }

    /** The expirations of the session asked for. */
    public static List<Sent> expirations(String sessionId) {
        return sent("POST", "/v1/checkout/sessions/" + Pattern.quote(sessionId) + "/expire");
    }

    /** The refunds asked for the payment intent. */
    public static List<Sent> refunds(String paymentIntent) {
        return sent("POST", "/v1/refunds").stream().filter(s -> paymentIntent.equals(s.form("payment_intent"))).toList();
    }

    /** A form-encoded body as name → value, names decoded ({@code line_items[0][quantity]}). */
    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            String[] nameValue = pair.split("=", 2);
            form.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                    nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    // ------------------------------------------------------------------------------------
    // The stand-in's behaviour
    // ------------------------------------------------------------------------------------

    private static final Pattern SESSION = Pattern.compile("/v1/checkout/sessions/([^/]+)");
    private static final Pattern EXPIRE = Pattern.compile("/v1/checkout/sessions/([^/]+)/expire");

    private static long sessionOrder(String id) {
        return CREATION_ORDER.getOrDefault(id, 0L);
    }

    private static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private static final class Behaviour implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return TRANSFORMER;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            LoggedRequest request = event.getRequest();
            String[] pathAndQuery = request.getUrl().split("\\?", 2);
            String path = pathAndQuery[0];
            RequestMethod method = request.getMethod();
            Map<String, String> form = form(request.getBodyAsString());
            Matcher session = SESSION.matcher(path);
            Matcher expire = EXPIRE.matcher(path);
            if (method.equals(RequestMethod.POST) && path.equals("/v1/checkout/sessions")) {
                return idempotent(request.getHeader("Idempotency-Key"), () -> create(form));
            } else if (method.equals(RequestMethod.GET) && path.equals("/v1/checkout/sessions")) {
                Map<String, String> query = pathAndQuery.length > 1 ? form(pathAndQuery[1]) : Map.of();
                return list(query.get("payment_intent"));
            } else if (method.equals(RequestMethod.GET) && session.matches()) {
                Session found = SESSIONS.get(session.group(1));
                return found == null ? missing(session.group(1)) : ok(found.toJson().toString());
            } else if (method.equals(RequestMethod.POST) && expire.matches()) {
                return expireAtStripe(expire.group(1));
            } else if (method.equals(RequestMethod.POST) && path.equals("/v1/refunds")) {
                return idempotent(request.getHeader("Idempotency-Key"), () -> refund(form));
            }
            return json(404, errorJson("invalid_request_error", "Unrecognized request URL (stand-in): " + method + " " + path));
        }

        private static String create(Map<String, String> form) {
            String id = "cs_test_" + random();
            long now = Instant.now().getEpochSecond();
            Map<String, String> metadata = new LinkedHashMap<>();
            long total = 0;
            for (Map.Entry<String, String> field : form.entrySet()) {
                if (field.getKey().startsWith("metadata[")) {
                    metadata.put(field.getKey().substring("metadata[".length(), field.getKey().length() - 1), field.getValue());
                }
            }
            for (int i = 0; form.containsKey("line_items[" + i + "][quantity]"); i++) {
                total += Long.parseLong(form.get("line_items[" + i + "][quantity]"))
                        * Long.parseLong(form.getOrDefault("line_items[" + i + "][price_data][unit_amount]", "0"));
            }
            long expiresAt = form.containsKey("expires_at") ? Long.parseLong(form.get("expires_at")) : now + 24 * 3600;
            Session created = new Session(id, form.get("client_reference_id"), metadata, now, expiresAt, total,
                    form.get("success_url"), form.get("cancel_url"), "open", "unpaid", null);
            CREATION_ORDER.put(id, CREATIONS.incrementAndGet());
            SESSIONS.put(id, created);
            return created.toJson().toString();
        }

        private static ResponseDefinition expireAtStripe(String id) {
            Session current = SESSIONS.get(id);
            if (current == null) {
                return missing(id);
            }
            if (!"open".equals(current.status())) {
                return json(400, errorJson("invalid_request_error",
                        "Only Checkout Sessions with a status in [\"open\"] can be expired. This Checkout Session has a status of \""
                                + current.status() + "\"."));
            }
            return ok(StripeStandIn.expire(id).toJson().toString());
        }

        private static String refund(Map<String, String> form) {
            String paymentIntent = form.get("payment_intent");
            long amount = SESSIONS.values().stream().filter(s -> paymentIntent != null && paymentIntent.equals(s.paymentIntent()))
                    .mapToLong(Session::amountTotal).findFirst().orElse(0);
            JsonObjectBuilder refund = Json.createObjectBuilder()
                    .add("id", "re_" + random())
                    .add("object", "refund")
                    .add("amount", form.containsKey("amount") ? Long.parseLong(form.get("amount")) : amount)
                    .add("charge", "ch_" + random())
                    .add("created", Instant.now().getEpochSecond())
                    .add("currency", "usd")
                    .add("metadata", Json.createObjectBuilder())
                    .add("status", "succeeded");
            nullable(refund, "payment_intent", paymentIntent);
            return refund.build().toString();
        }

        private static ResponseDefinition list(String paymentIntent) {
            var data = Json.createArrayBuilder();
            SESSIONS.values().stream()
                    .filter(s -> paymentIntent == null || paymentIntent.equals(s.paymentIntent()))
                    .forEach(s -> data.add(s.toJson()));
            return ok(Json.createObjectBuilder().add("object", "list").add("data", data).add("has_more", false)
                    .add("url", "/v1/checkout/sessions").build().toString());
        }

        /** As at Stripe: a key seen before gets the answer it got then. */
        private static ResponseDefinition idempotent(String key, Supplier<String> answer) {
            String body = key == null ? answer.get() : IDEMPOTENT.computeIfAbsent(key, k -> answer.get());
            return ok(body);
        }

        private static ResponseDefinition missing(String id) {
            return json(404, errorJson("invalid_request_error", "No such checkout.session: '" + id + "'"));
        }

        private static ResponseDefinition ok(String body) {
            return json(200, body);
        }

        private static ResponseDefinition json(int status, String body) {
            return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                    .withHeader("Request-Id", "req_" + random()).withBody(body).build();
        }
    }

    private static void nullable(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}

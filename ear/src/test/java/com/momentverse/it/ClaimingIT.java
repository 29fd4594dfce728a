package com.momentverse.it;

import com.momentverse.it.Orders.Line;
import com.momentverse.it.TestUsers.User;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.momentverse.it.Api.json;
import static com.momentverse.it.Http.json;
import static com.momentverse.it.Orders.ABSENT;
import static com.momentverse.it.Spans.RANGE_END;
import static com.momentverse.it.Spans.RANGE_START;
import static com.momentverse.it.StarApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claiming a moment over the API, as PRODUCT.md ("Claiming a moment", "Prices", "Orders and
 * payment") and API.md ("Claiming and orders") describe it: availability with the nearest free
 * spans, quotes at the catalogue prices, orders that hold a span and a star exclusively, their
 * validation, cancelling, who sees an order or a moment, editing a moment, and the caller's own
 * lists. It includes the product's "done when" scenario (15 March 3300 BCE with Sirius).
 *
 * <p>The database is shared by the whole run: every test claims at a random place of the range
 * ({@link Spans}) and stars no other test is given ({@link Stars}, constellation Centaurus).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimingIT {

    private static final String CONSTELLATION = "Cen";
    private static final String OWNER_NAME = "claim-owner";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** The class's owner of moments, from a fresh address per call (so no test uses up another's rate limit). */
    private static Api owner() {
        return TestUsers.shared(OWNER_NAME);
    }

    /** Another verified user, who owns none of the owner's orders and moments. */
    private static Api other() {
        return TestUsers.shared("claim-other");
    }

    private static Api admin() {
        return TestUsers.sharedAdmin();
    }

    // ----------------------------------------------------------------------------------
    // The product's "done when" scenario
    // ----------------------------------------------------------------------------------

    @Test
    void claimsAreCountedByOutcomeInTheMetrics() {
        Instant t = Spans.randomStart();
        Orders.hold(owner(), t, t.plusSeconds(60));
        assertProblem(Orders.place(other(), Orders.body(t.plusSeconds(30), t.plusSeconds(90))), 409, "/problems/span-taken");
        String metrics = Http.get(Http.MANAGEMENT, "metrics").body();
        assertThat(metrics)
                .containsPattern("(?m)^mv_claims_total\\{[^}]*outcome=\"placed\"[^}]*\\} [1-9]")
                .containsPattern("(?m)^mv_claims_total\\{[^}]*outcome=\"span_taken\"[^}]*\\} [1-9]");
    }

    @Test
    void doneWhen15March3300BceWithSiriusIsHeldAndAnOverlappingClaimIsRefusedWithTheNearestSpans() {
        Instant start = Instant.parse("-3299-03-15T12:00:00Z");
        Instant end = Instant.parse("-3299-03-15T12:01:00Z");
        Api buyer = TestUsers.verifiedUser("done-when").api();

        JsonObject quote = Orders.quote(json("start", start.toString(), "end", end.toString(), "starHip", Stars.SIRIUS));
        Orders.assertPriced(quote, new Line("MOMENT", 1, 499), new Line("STAR", 1, 300));
        assertThat(quote.getJsonNumber("total").longValueExact()).isEqualTo(799);

        JsonObject order = Orders.placed(buyer, Orders.body(start, end, "timeZone", "UTC",
                "title", "The first morning", "starHip", Stars.SIRIUS));
        assertThat(order.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(order.getJsonNumber("total").longValueExact()).isEqualTo(799);
        assertThat(order.getJsonArray("lines")).isEqualTo(quote.getJsonArray("lines"));
        assertThat(Orders.order(buyer, order.getString("orderId")).getString("status")).isEqualTo("PENDING_PAYMENT");

        // Sirius is taken while the order is pending.
        assertThat(Stars.available(Stars.SIRIUS)).isFalse();
        JsonObject found = json(Http.get("api/v1/stars?q=Sirius")).getJsonArray("items").getJsonObject(0);
        assertThat(found.getInt("hip")).isEqualTo(Stars.SIRIUS);
        assertThat(found.getBoolean("available")).isFalse();

        // The moment keeps its instants exactly, in the proleptic Gregorian calendar.
        JsonObject moment = Orders.moment(buyer, order.getString("momentId"));
        assertThat(moment.getString("start")).isEqualTo("-3299-03-15T12:00:00Z");
        assertThat(moment.getString("end")).isEqualTo("-3299-03-15T12:01:00Z");
        assertThat(moment.getString("era")).isEqualTo("ancient");
        assertThat(moment.getString("status")).isEqualTo("HELD");
        assertThat(moment.getJsonObject("star").getInt("hip")).isEqualTo(Stars.SIRIUS);
        assertThat(Sql.number("SELECT start_second FROM moment WHERE id = ?", UUID.fromString(order.getString("momentId"))))
                .isEqualTo(start.getEpochSecond());

        // A second buyer asks for an overlapping minute.
        Instant otherStart = Instant.parse("-3299-03-15T12:00:30Z");
        Instant otherEnd = Instant.parse("-3299-03-15T12:01:30Z");
        HttpResponse<String> refused = Orders.place(other(), Orders.body(otherStart, otherEnd));
        assertProblem(refused, 409, "/problems/span-taken");
        JsonObject problem = json(refused);
        assertThat(problem.getJsonObject("nearestBefore").getString("start")).isEqualTo("-3299-03-15T11:59:00Z");
        assertThat(problem.getJsonObject("nearestBefore").getString("end")).isEqualTo("-3299-03-15T12:00:00Z");
        assertThat(problem.getJsonObject("nearestAfter").getString("start")).isEqualTo("-3299-03-15T12:01:00Z");
        assertThat(problem.getJsonObject("nearestAfter").getString("end")).isEqualTo("-3299-03-15T12:02:00Z");
        Spans.assertTaken(otherStart, otherEnd, Instant.parse("-3299-03-15T11:59:00Z"), Instant.parse("-3299-03-15T12:01:00Z"));

        // Sirius on another, free minute is refused as well.
        Instant later = Instant.parse("-3299-03-15T13:00:00Z");
        assertProblem(Orders.place(other(), Orders.body(later, later.plusSeconds(60), "starHip", Stars.SIRIUS)),
                409, "/problems/star-taken");
        Spans.assertFree(later, later.plusSeconds(60));
    }

    // ----------------------------------------------------------------------------------
    // Availability
    // ----------------------------------------------------------------------------------

    @Test
    void aFreeSpanIsAvailableAndNamesNoOtherSpans() {
        Instant t = Spans.randomStart();
        Spans.assertFree(t, t.plusSeconds(1));
        Spans.assertFree(t, t.plusSeconds(60));
        Spans.assertFree(t, t.plusSeconds(86_400));
    }

    @Test
    void aTakenSpanNamesTheLatestFreeSpanBeforeAndTheEarliestAfterOfTheSameLength() {
        Api mine = owner();
        Instant t = Spans.randomStart();
        Orders.hold(mine, t, t.plusSeconds(60));                                // A = [t, t+60)
        Orders.hold(mine, t.plusSeconds(100), t.plusSeconds(160));              // B = [t+100, t+160), a 40 s gap between

        // Touching spans do not overlap: the gap and the spans just before and after are free.
        Spans.assertFree(t.minusSeconds(60), t);
        Spans.assertFree(t.plusSeconds(60), t.plusSeconds(100));
        Spans.assertFree(t.plusSeconds(160), t.plusSeconds(220));

        // 60 s spans: the gap is too short, so the nearest after is past B.
        Spans.assertTaken(t.plusSeconds(30), t.plusSeconds(90), t.minusSeconds(60), t.plusSeconds(160));
        Spans.assertTaken(t, t.plusSeconds(60), t.minusSeconds(60), t.plusSeconds(160));
        Spans.assertTaken(t.minusSeconds(59), t.plusSeconds(1), t.minusSeconds(60), t.plusSeconds(160));
        // 30 s spans fit the gap.
        Spans.assertTaken(t.plusSeconds(50), t.plusSeconds(80), t.minusSeconds(30), t.plusSeconds(60));
        Spans.assertTaken(t.plusSeconds(120), t.plusSeconds(150), t.plusSeconds(70), t.plusSeconds(160));
        // One second: A's last second.
        Spans.assertTaken(t.plusSeconds(59), t.plusSeconds(60), t.minusSeconds(1), t.plusSeconds(60));
        // A span over both.
        Spans.assertTaken(t.minusSeconds(10), t.plusSeconds(200), t.minusSeconds(210), t.plusSeconds(160));
    }

    @Test
    void theRangeStartsIn3300BceAndEndsIn2100AndNothingIsNearestPastItsEnds() {
        Api mine = owner();
        Orders.hold(mine, RANGE_START, RANGE_START.plusSeconds(60));
        Spans.assertTaken(RANGE_START, RANGE_START.plusSeconds(60), null, RANGE_START.plusSeconds(60));
        Spans.assertTaken(RANGE_START.plusSeconds(10), RANGE_START.plusSeconds(70), null, RANGE_START.plusSeconds(60));

        Instant last = RANGE_END.minusSeconds(60);
        Orders.hold(mine, last, RANGE_END);
        Spans.assertTaken(last, RANGE_END, last.minusSeconds(60), null);
        Spans.assertTaken(last.minusSeconds(30), last.plusSeconds(30), last.minusSeconds(60), null);
    }

    @Test
    void availabilityAndQuotesRejectBadSpansNamingTheField() {
        Instant t = Spans.randomStart();
        String s = t.toString();
        String e = t.plusSeconds(60).toString();
        List<BadSpan> bad = List.of(
                new BadSpan("yesterday", e, "start"),
                new BadSpan(s, "soon", "end"),
                new BadSpan(s, t.minusSeconds(60).toString(), "start", "end"),
                new BadSpan(s, s, "start", "end"),
                new BadSpan(s, t.plusSeconds(86_401).toString(), "start", "end"),
                new BadSpan(RANGE_START.minusSeconds(1).toString(), RANGE_START.plusSeconds(59).toString(), "start"),
                new BadSpan(RANGE_END.minusSeconds(30).toString(), RANGE_END.plusSeconds(30).toString(), "end"),
                new BadSpan(Instant.ofEpochSecond(t.getEpochSecond(), 500_000_000).toString(), e, "start"),
                new BadSpan(s, Instant.ofEpochSecond(t.getEpochSecond() + 60, 1_000_000).toString(), "end"));
        for (BadSpan span : bad) {
            assertValidation(Http.get(Spans.availabilityPath(span.start(), span.end())), span.fields());
            assertValidation(Api.anonymous().post("api/v1/quotes", json("start", span.start(), "end", span.end())), span.fields());
        }
        assertValidation(Http.get("api/v1/availability?start=" + s), "end");
        assertValidation(Api.anonymous().post("api/v1/quotes", json("end", e)), "start");
        // The limits themselves are allowed: exactly 24 hours, exactly one second.
        Spans.assertFree(t, t.plusSeconds(86_400));
        Spans.assertFree(t, t.plusSeconds(1));
    }

    record BadSpan(String start, String end, String... fields) {
    }

    // ----------------------------------------------------------------------------------
    // Quotes
    // ----------------------------------------------------------------------------------

    @Test
    void quotesFollowThePriceList() {
        Instant t = Spans.randomStart();
        int star = Stars.take(CONSTELLATION);
        Line moment = new Line("MOMENT", 1, 499);
        Orders.assertPriced(quote(t, 1), moment);
        Orders.assertPriced(quote(t, 60), moment);
        Orders.assertPriced(quote(t, 61), moment, new Line("EXTRA_MINUTES", 1, 5));
        Orders.assertPriced(quote(t, 120), moment, new Line("EXTRA_MINUTES", 1, 5));
        Orders.assertPriced(quote(t, 121), moment, new Line("EXTRA_MINUTES", 2, 5));
        JsonObject day = quote(t, 86_400);
        Orders.assertPriced(day, moment, new Line("EXTRA_MINUTES", 1439, 5));
        assertThat(day.getJsonNumber("total").longValueExact()).isEqualTo(499 + 1439 * 5);

        Orders.assertPriced(quote(t, 60, "starHip", star), moment, new Line("STAR", 1, 300));
        Orders.assertPriced(quote(t, 60, "starHip", star, "premiumCertificate", false), moment, new Line("STAR", 1, 300));
        Orders.assertPriced(quote(t, 60, "premiumCertificate", true), moment, new Line("PREMIUM_CERTIFICATE", 1, 600));
        Orders.assertPriced(quote(t, 60, "starHip", star, "premiumCertificate", true), moment, new Line("PREMIUM_BUNDLE", 1, 800));
        Orders.assertPriced(quote(t, 90, "starHip", star, "premiumCertificate", true),
                moment, new Line("EXTRA_MINUTES", 1, 5), new Line("PREMIUM_BUNDLE", 1, 800));

        assertValidation(Api.anonymous().post("api/v1/quotes",
                json("start", t.toString(), "end", t.plusSeconds(60).toString(), "starHip", 999_999_999)), "starHip");
        // A quote holds nothing.
        Spans.assertFree(t, t.plusSeconds(86_400));
        assertThat(Stars.available(star)).isTrue();
    }

    private static JsonObject quote(Instant start, int seconds, Object... more) {
        Object[] pairs = new Object[4 + more.length];
        pairs[0] = "start";
        pairs[1] = start.toString();
        pairs[2] = "end";
        pairs[3] = start.plusSeconds(seconds).toString();
        System.arraycopy(more, 0, pairs, 4, more.length);
        return Orders.quote(json(pairs));
    }

    // ----------------------------------------------------------------------------------
    // Placing orders
    // ----------------------------------------------------------------------------------

    @Test
    void anOrderHoldsTheSpanAndTheStarForThirtyMinutesAtTheQuotedPrice() {
        Api mine = owner();
        Instant t = Spans.randomStart();
        Instant end = t.plusSeconds(90);
        int star = Stars.take(CONSTELLATION);
        JsonObject quote = Orders.quote(json("start", t.toString(), "end", end.toString(), "starHip", star,
                "premiumCertificate", true));

        Instant before = Instant.now();
        HttpResponse<String> response = Orders.place(mine, Orders.body(t, end, "starHip", star, "premiumCertificate", true));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject order = json(response);
        String orderId = order.getString("orderId");
        String momentId = order.getString("momentId");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/orders/" + orderId));
        assertThat(order.keySet()).contains("orderId", "momentId", "status", "holdExpiresAt", "lines",
                "total", "currency", "checkoutUrl");
        assertThat(UUID.fromString(orderId)).isNotEqualTo(UUID.fromString(momentId));
        assertThat(order.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(Instant.parse(order.getString("holdExpiresAt")))
                .isBetween(before.plus(Duration.ofMinutes(29)), Instant.now().plus(Duration.ofMinutes(31)));
        Orders.assertPriced(order, new Line("MOMENT", 1, 499), new Line("EXTRA_MINUTES", 1, 5), new Line("PREMIUM_BUNDLE", 1, 800));
        assertThat(order.getJsonArray("lines")).isEqualTo(quote.getJsonArray("lines"));
        assertThat(order.getJsonNumber("total")).isEqualTo(quote.getJsonNumber("total"));
        assertThat(order.getString("checkoutUrl")).isEqualTo("http://localhost:8080/checkout/test/" + orderId);

        // The owner reads it back, at its Location too.
        JsonObject read = Orders.order(mine, orderId);
        assertThat(read.keySet()).contains("orderId", "momentId", "status", "lines", "total", "currency", "createdAt",
                "holdExpiresAt", "checkoutUrl", "paidAt", "certificateNumber");
        assertThat(read.getString("orderId")).isEqualTo(orderId);
        assertThat(read.getString("momentId")).isEqualTo(momentId);
        assertThat(read.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(read.getJsonArray("lines")).isEqualTo(order.getJsonArray("lines"));
        assertThat(read.getString("holdExpiresAt")).isEqualTo(order.getString("holdExpiresAt"));
        assertThat(read.getString("checkoutUrl")).isEqualTo(order.getString("checkoutUrl"));
        assertThat(read.isNull("paidAt")).isTrue();
        assertThat(read.isNull("certificateNumber")).isTrue();
        assertThat(Instant.parse(read.getString("createdAt"))).isBetween(before.minusSeconds(5), Instant.now().plusSeconds(5));
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(mine.get(location.substring(location.indexOf("api/v1/orders/"))).statusCode()).isEqualTo(200);

        // Span and star are held.
        Spans.assertTaken(t, end, t.minusSeconds(90), end);
        assertThat(Stars.available(star)).isFalse();
        JsonObject moment = Orders.moment(mine, momentId);
        assertThat(moment.getString("status")).isEqualTo("HELD");
        assertThat(moment.getJsonObject("star").getInt("hip")).isEqualTo(star);
        assertThat(Sql.momentStatus(momentId)).isEqualTo("HELD");
    }

    @Test
    void aUserWhoseEmailIsNotVerifiedCannotOrder() {
        Api api = Api.anonymous();
        String email = TestUsers.newEmail("unverified");
        assertThat(api.post("api/v1/auth/register", json("name", "Una", "email", email, "password", TestUsers.PASSWORD))
                .statusCode()).isEqualTo(202);
        Mailbox.await(email, "Confirm your e-mail"); // the account exists once its mail is sent
        Api unverified = TestUsers.signIn(api, email, TestUsers.PASSWORD).api();

        Instant t = Spans.randomStart();
        assertProblem(Orders.place(unverified, Orders.body(t, t.plusSeconds(60))), 403, "/problems/email-unverified");
        Spans.assertFree(t, t.plusSeconds(60));
    }

    @Test
    void anOverlappingOrderIsASpanTakenConflictWithTheNearestSpansAndATouchingOneIsNot() {
        Instant t = Spans.randomStart();
        Orders.hold(owner(), t, t.plusSeconds(60));
        int star = Stars.take(CONSTELLATION);

        HttpResponse<String> refused = Orders.place(other(), Orders.body(t.plusSeconds(30), t.plusSeconds(90), "starHip", star));
        assertProblem(refused, 409, "/problems/span-taken");
        Spans.assertNearest(json(refused), t.plusSeconds(30), t.plusSeconds(90), t.minusSeconds(60), t.plusSeconds(60));
        assertThat(Stars.available(star)).as("a refused order holds no star").isTrue();

        // Spans that touch the held one are free to claim, on both sides.
        Orders.hold(other(), t.plusSeconds(60), t.plusSeconds(120), "starHip", star);
        Orders.hold(other(), t.minusSeconds(60), t);
        Spans.assertTaken(t.minusSeconds(60), t.plusSeconds(120), t.minusSeconds(240), t.plusSeconds(120));
    }

    @Test
    void aStarOnAnActiveMomentIsAStarTakenConflict() {
        int star = Stars.take(CONSTELLATION);
        int otherStar = Stars.take(CONSTELLATION);
        Instant t = Spans.randomStart();
        Orders.hold(owner(), t, t.plusSeconds(60), "starHip", star);

        Instant u = Spans.randomStart();
        assertProblem(Orders.place(other(), Orders.body(u, u.plusSeconds(60), "starHip", star)), 409, "/problems/star-taken");
        Spans.assertFree(u, u.plusSeconds(60));
        Orders.hold(other(), u, u.plusSeconds(60), "starHip", otherStar);
        assertThat(Stars.available(otherStar)).isFalse();
    }

    @Test
    void ordersAreValidatedFieldByFieldAndARejectedOrderLeavesNothingBehind() {
        Api mine = owner();
        Instant t = Spans.randomStart();
        Instant end = t.plusSeconds(60);
        int star = Stars.take(CONSTELLATION);
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();

        invalid(mine, t, end, List.of("title"), "title", "");
        invalid(mine, t, end, List.of("title"), "title", "x".repeat(121));
        invalid(mine, t, end, List.of("title"), "title", ABSENT);
        invalid(mine, t, end, List.of("title"), "title", "Ring \u0007 the bell");
        invalid(mine, t, end, List.of("title"), "title", "", "starHip", star);
        invalid(mine, t, end, List.of("message"), "message", "x".repeat(1001));
        invalid(mine, t, end, List.of("message"), "message", "\u001b[31mred");
        invalid(mine, t, end, List.of("dedicatedTo"), "dedicatedTo", "x".repeat(121));
        invalid(mine, t, end, List.of("dedicatedTo"), "dedicatedTo", "Bob\u0000");
        invalid(mine, t, end, List.of("visibility"), "visibility", "SECRET");
        invalid(mine, t, end, List.of("visibility"), "visibility", ABSENT);
        invalid(mine, t, end, List.of("timeZone"), "timeZone", "Mars/Olympus_Mons");
        invalid(mine, t, end, List.of("timeZone"), "timeZone", ABSENT);
        invalid(mine, t, end, List.of("starHip"), "starHip", 999_999_999);
        invalid(mine, t, end, List.of("giftEmail"), "giftEmail", "not an address", "giftDate", tomorrow);
        invalid(mine, t, end, List.of("giftDate"), "giftEmail", "friend@example.test", "giftDate", "2001-01-01");
        invalid(mine, t, end, List.of("giftDate"), "giftEmail", "friend@example.test", "giftDate", "next tuesday");
        invalid(mine, t, end, List.of("start"), "start", Instant.ofEpochSecond(t.getEpochSecond(), 250_000_000).toString());
        invalid(mine, t, end, List.of("start"), "start", "noon");
        invalid(mine, t, end, List.of("start", "end"), "end", t.toString());
        invalid(mine, t, end, List.of("start", "end"), "end", t.plusSeconds(86_401).toString());
        invalid(mine, t, end, List.of("start"), "start", RANGE_START.minusSeconds(60).toString(),
                "end", RANGE_START.plusSeconds(30).toString());

        // Nothing was held by any of them.
        Spans.assertFree(t, end);
        assertThat(Stars.available(star)).isTrue();

        // The limits themselves are accepted.
        JsonObject order = Orders.hold(mine, t, end, "title", "t".repeat(120), "message", "",
                "dedicatedTo", "d".repeat(120), "giftEmail", "friend@example.test", "giftDate", tomorrow,
                "starHip", star, "visibility", "UNLISTED", "timeZone", "America/Argentina/Buenos_Aires");
        JsonObject moment = Orders.moment(mine, order.getString("momentId"));
        assertThat(moment.getString("title")).isEqualTo("t".repeat(120));
        assertThat(moment.isNull("message")).as("an empty message is no message: null").isTrue();
        assertThat(moment.getString("dedicatedTo")).isEqualTo("d".repeat(120));
        assertThat(moment.getString("visibility")).isEqualTo("UNLISTED");
        assertThat(moment.getString("timeZone")).isEqualTo("America/Argentina/Buenos_Aires");
        Instant u = Spans.randomStart();
        JsonObject longMessage = Orders.hold(mine, u, u.plusSeconds(1), "message", "m".repeat(1000), "dedicatedTo", "");
        assertThat(Orders.moment(mine, longMessage.getString("momentId")).getString("message")).hasSize(1000);
    }

    private static void invalid(Api api, Instant start, Instant end, List<String> fields, Object... overrides) {
        assertValidation(Orders.place(api, Orders.body(start, end, overrides)), fields.toArray(String[]::new));
    }

    @Test
    void textIsStoredNfcNormalisedAndReadBackAsEntered() {
        Api mine = owner();
        String title = "Cafe\u0301 de Flore, 東京, שלום";
        String message = "Ame\u0301lie \u2014 \u1F08\u03B8\u1FC6\u03BD\u03B1\u03B9 \u2014 Zoe\u0308";
        String dedicatedTo = "Rene\u0301e & \uD55C\uAD6D";
        assertThat(Normalizer.isNormalized(title, Normalizer.Form.NFC)).isFalse();
        Instant t = Spans.randomStartBetween(Instant.parse("1901-01-01T00:00:00Z"), Instant.parse("1999-01-01T00:00:00Z"));
        JsonObject order = Orders.hold(mine, t, t.plusSeconds(60), "title", title, "message", message, "dedicatedTo", dedicatedTo);

        JsonObject moment = Orders.moment(mine, order.getString("momentId"));
        assertThat(moment.getString("title")).isEqualTo("Café de Flore, 東京, שלום")
                .isEqualTo(Normalizer.normalize(title, Normalizer.Form.NFC));
        assertThat(moment.getString("message")).isEqualTo(Normalizer.normalize(message, Normalizer.Form.NFC)).startsWith("Am\u00e9lie");
        assertThat(moment.getString("dedicatedTo")).isEqualTo("Renée & 한국");
        assertMomentShape(moment);
        assertThat(moment.getString("id")).isEqualTo(order.getString("momentId"));
        assertThat(moment.getString("start")).isEqualTo(t.toString());
        assertThat(moment.getString("end")).isEqualTo(t.plusSeconds(60).toString());
        assertThat(moment.getString("timeZone")).isEqualTo("Europe/Paris");
        assertThat(moment.getString("dedicatedBy")).isEqualTo(OWNER_NAME);
        assertThat(moment.getString("visibility")).isEqualTo("PUBLIC");
        assertThat(moment.getString("status")).isEqualTo("HELD");
        assertThat(moment.get("star")).isEqualTo(JsonValue.NULL);
        assertThat(moment.get("certificateNumber")).isEqualTo(JsonValue.NULL);
        assertThat(moment.getInt("likes")).isZero();
        assertThat(moment.getBoolean("likedByMe")).isFalse();
        assertThat(moment.getInt("shares")).isZero();
        assertThat(moment.getString("era")).isEqualTo("modern");
    }

    // ----------------------------------------------------------------------------------
    // Cancelling, and who sees what
    // ----------------------------------------------------------------------------------

    @Test
    void theOwnerCancelsAPendingOrderWhichFreesTheSpanAndTheStarAtOnce() {
        Api mine = owner();
        Instant t = Spans.randomStart();
        int star = Stars.take(CONSTELLATION);
        JsonObject order = Orders.hold(mine, t, t.plusSeconds(60), "starHip", star);
        String orderId = order.getString("orderId");
        String cancel = "api/v1/orders/" + orderId + "/cancel";

        assertProblem(other().post(cancel, null), 404, "/problems/not-found");
        assertProblem(admin().post(cancel, null), 404, "/problems/not-found");
        assertProblem(Api.anonymous().post(cancel, null), 401, "/problems/unauthenticated");
        assertThat(Orders.order(mine, orderId).getString("status")).isEqualTo("PENDING_PAYMENT");

        HttpResponse<String> cancelled = mine.post(cancel, null);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(json(cancelled).getString("orderId")).isEqualTo(orderId);
        assertThat(json(cancelled).getString("status")).isEqualTo("EXPIRED");
        Spans.assertFree(t, t.plusSeconds(60));
        assertThat(Stars.available(star)).isTrue();
        assertThat(Sql.momentStatus(order.getString("momentId"))).isEqualTo("RELEASED");

        assertProblem(mine.post(cancel, null), 409, "/problems/conflict");
        JsonObject read = Orders.order(mine, orderId);
        assertThat(read.getString("status")).isEqualTo("EXPIRED");
        assertThat(read.isNull("checkoutUrl")).isTrue();

        // The released moment is its owner's to see, nobody else's.
        assertThat(Orders.moment(mine, order.getString("momentId")).getString("status")).isEqualTo("RELEASED");
        assertProblem(other().get("api/v1/moments/" + order.getString("momentId")), 404, "/problems/not-found");
        assertProblem(Api.anonymous().get("api/v1/moments/" + order.getString("momentId")), 404, "/problems/not-found");

        // Someone else can claim both now.
        Orders.hold(other(), t, t.plusSeconds(60), "starHip", star);
    }

    @Test
    void anOrderIsSeenByItsOwnerAndAdministratorsOnly() {
        Instant t = Spans.randomStart();
        String orderId = Orders.hold(owner(), t, t.plusSeconds(60)).getString("orderId");
        String path = "api/v1/orders/" + orderId;

        assertThat(Orders.order(owner(), orderId).getString("orderId")).isEqualTo(orderId);
        assertThat(Orders.order(admin(), orderId).getString("orderId")).isEqualTo(orderId);
        assertProblem(other().get(path), 404, "/problems/not-found");
        assertProblem(Api.anonymous().get(path), 401, "/problems/unauthenticated");
        assertProblem(owner().get("api/v1/orders/" + UUID.randomUUID()), 404, "/problems/not-found");
        assertProblem(owner().get("api/v1/orders/not-an-id"), 404, "/problems/not-found");
    }

    @Test
    void momentsAreSeenAccordingToTheirVisibilityOnceConfirmedAndOnlyByTheirOwnerWhileHeld() {
        Api mine = owner();
        String publicOrder = holdWithVisibility(mine, "PUBLIC");
        String unlistedOrder = holdWithVisibility(mine, "UNLISTED");
        String privateOrder = holdWithVisibility(mine, "PRIVATE");
        List<String> orders = List.of(publicOrder, unlistedOrder, privateOrder);

        // Held: the owner and administrators only, whatever the visibility.
        for (String orderId : orders) {
            String momentId = Orders.order(mine, orderId).getString("momentId");
            assertThat(Orders.moment(mine, momentId).getString("status")).isEqualTo("HELD");
            assertThat(Orders.moment(admin(), momentId).getString("status")).isEqualTo("HELD");
            assertProblem(other().get("api/v1/moments/" + momentId), 404, "/problems/not-found");
            assertProblem(Api.anonymous().get("api/v1/moments/" + momentId), 404, "/problems/not-found");
        }

        orders.forEach(Sql::confirm);

        for (String orderId : List.of(publicOrder, unlistedOrder)) {
            String momentId = Orders.order(mine, orderId).getString("momentId");
            for (Api anyone : List.of(mine, admin(), other(), Api.anonymous())) {
                JsonObject moment = Orders.moment(anyone, momentId);
                assertThat(moment.getString("status")).isEqualTo("CONFIRMED");
                assertMomentShape(moment);
            }
        }
        String privateMoment = Orders.order(mine, privateOrder).getString("momentId");
        assertThat(Orders.moment(mine, privateMoment).getString("visibility")).isEqualTo("PRIVATE");
        assertThat(Orders.moment(admin(), privateMoment).getString("visibility")).isEqualTo("PRIVATE");
        assertProblem(other().get("api/v1/moments/" + privateMoment), 404, "/problems/not-found");
        assertProblem(Api.anonymous().get("api/v1/moments/" + privateMoment), 404, "/problems/not-found");

        // Made public, it is everyone's to see.
        HttpResponse<String> patched = mine.patch("api/v1/moments/" + privateMoment, json("visibility", "PUBLIC"));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(Orders.moment(Api.anonymous(), privateMoment).getString("visibility")).isEqualTo("PUBLIC");

        assertProblem(Api.anonymous().get("api/v1/moments/" + UUID.randomUUID()), 404, "/problems/not-found");
        assertProblem(Api.anonymous().get("api/v1/moments/not-an-id"), 404, "/problems/not-found");
    }

    private static String holdWithVisibility(Api api, String visibility) {
        Instant t = Spans.randomStart();
        return Orders.hold(api, t, t.plusSeconds(60), "visibility", visibility).getString("orderId");
    }

    @Test
    void theOwnerEditsTheTextAndVisibilityOfTheirMoment() {
        Api mine = owner();
        Instant t = Spans.randomStart();
        String momentId = Orders.hold(mine, t, t.plusSeconds(60)).getString("momentId");
        String path = "api/v1/moments/" + momentId;

        HttpResponse<String> response = mine.patch(path, json("title", "Renamed e\u0301", "message", "New words",
                "dedicatedTo", "Grace", "visibility", "PRIVATE"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject patched = json(response);
        assertThat(patched.getString("id")).isEqualTo(momentId);
        assertThat(patched.getString("title")).isEqualTo("Renamed \u00e9");
        assertThat(patched.getString("message")).isEqualTo("New words");
        assertThat(patched.getString("dedicatedTo")).isEqualTo("Grace");
        assertThat(patched.getString("visibility")).isEqualTo("PRIVATE");

        // Members not sent stay as they are.
        JsonObject retitled = json(mine.patch(path, json("title", "Only the title")));
        assertThat(retitled.getString("title")).isEqualTo("Only the title");
        assertThat(retitled.getString("message")).isEqualTo("New words");
        assertThat(retitled.getString("visibility")).isEqualTo("PRIVATE");
        assertThat(Orders.moment(mine, momentId).getString("dedicatedTo")).isEqualTo("Grace");

        assertValidation(mine.patch(path, json("title", "")), "title");
        assertValidation(mine.patch(path, json("message", "bell \u0007")), "message");
        assertValidation(mine.patch(path, json("visibility", "EVERYONE")), "visibility");
        assertProblem(other().patch(path, json("title", "Mine now")), 404, "/problems/not-found");
        assertProblem(admin().patch(path, json("title", "Admin's now")), 404, "/problems/not-found");
        assertProblem(Api.anonymous().patch(path, json("title", "Nobody's")), 401, "/problems/unauthenticated");
        assertThat(Orders.moment(mine, momentId).getString("title")).isEqualTo("Only the title");
    }

    @Test
    void myMomentsAndMyOrdersListTheCallersOwnNewestFirst() {
        Api mine = TestUsers.verifiedUser("lists").api();
        List<JsonObject> placed = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Instant t = Spans.randomStart();
            placed.add(Orders.hold(mine, t, t.plusSeconds(60), "title", "Number " + i));
        }
        List<JsonObject> newestFirst = new java.util.ArrayList<>(placed);
        java.util.Collections.reverse(newestFirst);
        assertCursorList(mine, "api/v1/me/orders", "orderId", newestFirst.stream().map(o -> o.getString("orderId")).toList());
        assertCursorList(mine, "api/v1/me/moments", "id", newestFirst.stream().map(o -> o.getString("momentId")).toList());

        // Another user's lists hold none of them.
        List<String> othersOrders = json(other().get("api/v1/me/orders?limit=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("orderId")).toList();
        assertThat(othersOrders).doesNotContainAnyElementsOf(placed.stream().map(o -> o.getString("orderId")).toList());
        List<String> othersMoments = json(other().get("api/v1/me/moments?limit=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
        assertThat(othersMoments).doesNotContainAnyElementsOf(placed.stream().map(o -> o.getString("momentId")).toList());

        assertProblem(Api.anonymous().get("api/v1/me/orders"), 401, "/problems/unauthenticated");
        assertProblem(Api.anonymous().get("api/v1/me/moments"), 401, "/problems/unauthenticated");
    }

    /** Walks the list two at a time and expects exactly the ids, in this order. */
    private static void assertCursorList(Api api, String path, String idMember, List<String> expected) {
        JsonObject first = json(api.get(path + "?limit=2"));
        assertThat(first.getJsonArray("items")).hasSize(2);
        assertThat(first.isNull("nextCursor")).as(first.toString()).isFalse();
        HttpResponse<String> response = api.get(path + "?limit=2&cursor=" + first.getString("nextCursor"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonObject second = json(response);
        assertThat(second.isNull("nextCursor")).as(second.toString()).isTrue();
        List<String> ids = new java.util.ArrayList<>();
        for (JsonObject page : List.of(first, second)) {
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> ids.add(item.getString(idMember)));
        }
        assertThat(ids).isEqualTo(expected);
        JsonObject all = json(api.get(path));
        assertThat(all.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString(idMember)).toList())
                .isEqualTo(expected);
    }

    // ----------------------------------------------------------------------------------

    /** A moment as GET /api/v1/moments/{id} gives it: every member present, null where it has no value. */
    static void assertMomentShape(JsonObject moment) {
        assertThat(moment.keySet()).as(moment.toString()).contains("id", "start", "end", "timeZone", "title", "message",
                "dedicatedTo", "dedicatedBy", "visibility", "status", "star", "certificateNumber", "likes", "likedByMe",
                "shares", "era");
    }

    /** A 400 validation problem whose errors name one of the fields. */
    static void assertValidation(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertProblem(response, 400, "/problems/validation");
        List<String> named = json(response).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.get("field") instanceof JsonString field ? field.getString() : String.valueOf(error.get("field")))
                .toList();
        assertThat(named).as(response.body()).containsAnyOf(fields);
    }
}

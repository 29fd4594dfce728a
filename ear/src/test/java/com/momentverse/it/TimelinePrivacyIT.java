package com.momentverse.it;

import com.momentverse.it.TestUsers.User;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.momentverse.it.Http.json;
import static com.momentverse.it.Spans.RANGE_END;
import static com.momentverse.it.Spans.RANGE_START;
import static com.momentverse.it.StarApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy on every public surface (PRODUCT.md, "Timeline, sharing and community"): private,
 * unlisted, hidden (moderation), held and released moments never appear in the timeline's buckets,
 * list or text search, never as the stats' earliest or latest moment, never as the moment of the
 * day; a hidden moment is private to all but its owner and administrators, its certificate too.
 * Stars of Aquila ({@link Stars}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimelinePrivacyIT {

    private static final String CONSTELLATION = "Aql";
    private static final String TOKEN = "tlz" + Long.toHexString(ThreadLocalRandom.current().nextLong(1L << 40));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Api owner() {
        return TestUsers.shared("privacy-owner");
    }

    private static Api other() {
        return TestUsers.shared("privacy-other");
    }

    /** One moment of each kind in one day, all with the class's text: only the first is listed. */
    private record Kinds(String listed, String privateOne, String unlisted, String hidden, String held, String released) {
        List<String> notListed() {
            return List.of(privateOne, unlisted, hidden, held, released);
        }
    }

    private static Kinds kinds(Instant day) {
        Api owner = owner();
        List<Integer> stars = Stars.take(CONSTELLATION, 6);
        String title = "Secret garden " + TOKEN;
        String listed = Timelines.confirmed(owner, day.plusSeconds(3_600), 60, "title", title, "starHip", stars.get(0));
        String privateOne = Timelines.confirmed(owner, day.plusSeconds(7_200), 60, "title", title, "visibility", "PRIVATE",
                "starHip", stars.get(1));
        String unlisted = Timelines.confirmed(owner, day.plusSeconds(10_800), 60, "title", title, "visibility", "UNLISTED",
                "starHip", stars.get(2));
        String hidden = Timelines.confirmed(owner, day.plusSeconds(14_400), 60, "title", title, "starHip", stars.get(3));
        Timelines.hide(hidden);
        String held = Orders.hold(owner, day.plusSeconds(18_000), day.plusSeconds(18_060), "title", title,
                "starHip", stars.get(4)).getString("momentId");
        JsonObject toCancel = Orders.hold(owner, day.plusSeconds(21_600), day.plusSeconds(21_660), "title", title,
                "starHip", stars.get(5));
        assertThat(owner.post("api/v1/orders/" + toCancel.getString("orderId") + "/cancel", null).statusCode()).isEqualTo(200);
        return new Kinds(listed, privateOne, unlisted, hidden, held, toCancel.getString("momentId"));
    }

    @Test
    void onlyTheListedMomentIsCountedListedOrFound() {
        Instant day = Spans.randomStart().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        Kinds kinds = kinds(day);
        Instant next = day.plusSeconds(86_400);

        for (String scale : List.of("hour", "day", "week", "month", "year", "decade", "century", "millennium")) {
            for (Object[] filter : new Object[][] {{null, null}, {TOKEN, null}, {TOKEN, true}, {null, true}}) {
                List<JsonObject> buckets = Timelines.assertBucketsCountTheDatabase(scale, day, next, null,
                        (Boolean) filter[1], (String) filter[0]);
                // Within the day only this test's listed moment has the class's word; wider buckets (a
                // week, a millennium) may also hold another test's, which the database count above covers.
                if (filter[0] != null && (scale.equals("hour") || scale.equals("day"))) {
                    assertThat(buckets.stream().mapToLong(bucket -> bucket.getJsonNumber("count").longValueExact()).sum())
                            .as("%s buckets of the class's text", scale).isEqualTo(1);
                }
            }
        }
        for (Object[] filters : new Object[][] {{"from", day, "to", next}, {"q", TOKEN}, {"q", TOKEN.toUpperCase(), "starPaired", true},
                {"from", day, "to", next, "q", "secret GARDEN " + TOKEN}}) {
            for (Api caller : List.of(Api.anonymous(), owner(), TestUsers.sharedAdmin())) {
                List<String> ids = Timelines.allMoments(caller, 2, filters).stream().map(item -> item.getString("id")).toList();
                assertThat(ids).as("the owner and administrators too see only listed moments on the timeline")
                        .contains(kinds.listed()).doesNotContainAnyElementsOf(kinds.notListed());
            }
        }
        // Other tests of the class list moments with the class's word too: this test's listed one is
        // found, none of its others.
        assertThat(Timelines.allMoments(Api.anonymous(), 10, "q", TOKEN)).extracting(item -> item.getString("id"))
                .contains(kinds.listed()).doesNotContainAnyElementsOf(kinds.notListed());
    }

    @Test
    void theEndsOfTheTimelineAreNeverMomentsThatAreNotListed() {
        Api owner = owner();
        // Before any other moment of the run, and after: one of each kind that is not listed.
        Instant early = RANGE_START.plusSeconds(4 * 86_400 + ThreadLocalRandom.current().nextLong(86_400));
        Instant late = RANGE_END.minusSeconds(5 * 86_400 - ThreadLocalRandom.current().nextLong(86_400));
        Set<String> notListed = Set.of(
                Timelines.confirmed(owner, early, 60, "visibility", "PRIVATE"),
                Timelines.confirmed(owner, early.plusSeconds(600), 60, "visibility", "UNLISTED"),
                hidden(owner, early.plusSeconds(1_200)),
                Orders.hold(owner, early.plusSeconds(1_800), early.plusSeconds(1_860)).getString("momentId"),
                Timelines.confirmed(owner, late, 60, "visibility", "PRIVATE"),
                Timelines.confirmed(owner, late.plusSeconds(600), 60, "visibility", "UNLISTED"),
                hidden(owner, late.plusSeconds(1_200)),
                Orders.hold(owner, late.plusSeconds(1_800), late.plusSeconds(1_860)).getString("momentId"));

        JsonObject stats = TimelineIT.stats();
        List<Timelines.Row> listed = Timelines.listed(RANGE_START, RANGE_END);
        if (listed.isEmpty()) {
            assertThat(stats.isNull("earliest")).isTrue();
            assertThat(stats.isNull("latest")).isTrue();
            return;
        }
        assertThat(stats.getJsonObject("earliest").getString("id")).isEqualTo(listed.get(0).id()).isNotIn(notListed);
        assertThat(stats.getJsonObject("latest").getString("id")).isEqualTo(listed.get(listed.size() - 1).id()).isNotIn(notListed);
    }

    @Test
    void theMomentOfTheDayIsListed() {
        Instant day = Spans.randomStart().truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        Kinds kinds = kinds(day);
        // Likes given yesterday (written in the database: the API only likes today): the moments
        // that are not listed have the most.
        User liker = TestUsers.verifiedUser("privacy-liker");
        List<UUID> people = List.of(UUID.fromString(json(owner().get("api/v1/me")).getString("id")),
                UUID.fromString(json(other().get("api/v1/me")).getString("id")), liker.id());
        OffsetDateTime yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(12, 0).atOffset(ZoneOffset.UTC);
        for (String notListed : List.of(kinds.privateOne(), kinds.unlisted(), kinds.hidden())) {
            for (UUID person : people) {
                likeOn(notListed, person, yesterday);
            }
        }
        likeOn(kinds.listed(), people.get(0), yesterday);
        boolean chosenAlready = Sql.number("SELECT count(*) FROM moment_of_the_day WHERE pick_day = ?",
                LocalDate.now(ZoneOffset.UTC)) > 0;

        HttpResponse<String> answer = Http.get("api/v1/moment-of-the-day");

        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 204);
        if (!chosenAlready) {
            // Chosen now, from yesterday's likes: the listed moment, though it has fewer.
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(json(answer).getString("id")).isEqualTo(kinds.listed());
        }
        if (answer.statusCode() == 200) {
            JsonObject moment = json(answer);
            ClaimingIT.assertMomentShape(moment);
            assertThat(Sql.number("SELECT count(*) FROM moment WHERE id = ? AND status = 'CONFIRMED'"
                    + " AND visibility = 'PUBLIC' AND NOT hidden", UUID.fromString(moment.getString("id")))).isEqualTo(1);
            // The same for everyone, signed in or not, all day.
            assertThat(json(other().get("api/v1/moment-of-the-day")).getString("id")).isEqualTo(moment.getString("id"));
            assertThat(json(TestUsers.sharedAdmin().get("api/v1/moment-of-the-day")).getString("id")).isEqualTo(moment.getString("id"));
        }
    }

    @Test
    void aHiddenMomentIsPrivateToAllButItsOwnerAndAdministratorsCertificateIncluded() {
        Api owner = owner();
        Instant t = Spans.randomStart();
        JsonObject order = Orders.hold(owner, t, t.plusSeconds(60), "title", "To be hidden " + TOKEN);
        String momentId = order.getString("momentId");
        Certificates.pay(order.getString("orderId"), momentId);
        String number = Certificates.awaitNumber(owner, order.getString("orderId"));
        assertThat(Certificates.certificate(Api.anonymous(), number).getJsonObject("moment").getString("visibility"))
                .isEqualTo("PUBLIC");
        assertThat(Api.anonymous().get("api/v1/moments/" + momentId).statusCode()).isEqualTo(200);

        Timelines.hide(momentId);

        assertProblem(Api.anonymous().get("api/v1/moments/" + momentId), 404, "/problems/not-found");
        assertProblem(other().get("api/v1/moments/" + momentId), 404, "/problems/not-found");
        assertThat(owner.get("api/v1/moments/" + momentId).statusCode()).isEqualTo(200);
        assertThat(TestUsers.sharedAdmin().get("api/v1/moments/" + momentId).statusCode()).isEqualTo(200);
        JsonObject certificate = Certificates.certificate(Api.anonymous(), number);
        assertThat(certificate.getJsonObject("moment").keySet()).containsExactly("visibility");
        assertThat(certificate.getJsonObject("moment").getString("visibility")).isEqualTo("PRIVATE");
        assertProblem(other().put("api/v1/moments/" + momentId + "/like", null), 404, "/problems/not-found");
        assertProblem(Api.anonymous().post("api/v1/moments/" + momentId + "/shares", Api.json("channel", "link")), 404,
                "/problems/not-found");
        assertThat(Timelines.allMoments(Api.anonymous(), 10, "q", "To be hidden " + TOKEN)).isEmpty();
    }

    private static String hidden(Api owner, Instant start) {
        String id = Timelines.confirmed(owner, start, 60);
        Timelines.hide(id);
        return id;
    }

    private static void likeOn(String momentId, UUID person, OffsetDateTime at) {
        assertThat(Sql.update("INSERT INTO moment_like (moment_id, account_id, created_at) VALUES (?, ?, ?)",
                UUID.fromString(momentId), person, at)).isEqualTo(1);
    }
}

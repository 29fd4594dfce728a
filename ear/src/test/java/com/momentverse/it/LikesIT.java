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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.momentverse.it.Api.json;
import static com.momentverse.it.ClaimingIT.assertValidation;
import static com.momentverse.it.Http.json;
import static com.momentverse.it.StarApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Likes and shares over HTTP on PostgreSQL (PRODUCT.md, "Timeline, sharing and community"; API.md,
 * "Claiming and orders"): 50 people liking one moment at once leave exactly 50 likes, then
 * unliking at once exactly none; likes are idempotent, for signed-in people, on confirmed moments
 * they may see; 60 a minute per person; shares are counted for anyone who may see the moment, by
 * channel. Stars of Orion ({@link Stars}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LikesIT {

    private static final String CONSTELLATION = "Ori";
    private static final int PEOPLE = 50;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Api owner() {
        return TestUsers.shared("likes-owner");
    }

    private static Api fan() {
        return TestUsers.shared("likes-fan");
    }

    private static String likePath(String momentId) {
        return "api/v1/moments/" + momentId + "/like";
    }

    @Test
    void fiftyPeopleLikingAtOnceLeaveFiftyLikesAndUnlikingAtOnceNone() throws Exception {
        Instant t = Spans.randomStart();
        String moment = Timelines.confirmed(owner(), t, 60, "starHip", Stars.take(CONSTELLATION));
        List<User> people = TestUsers.verifiedUsers("liker", PEOPLE);

        List<HttpResponse<String>> likes = race(people, user -> user.api().withNewAddress().put(likePath(moment), null));
        for (HttpResponse<String> like : likes) {
            assertThat(like.statusCode()).as(like.body()).isEqualTo(200);
            assertThat(json(like).getBoolean("likedByMe")).isTrue();
            assertThat(json(like).getJsonNumber("likes").longValueExact()).isBetween(1L, (long) PEOPLE);
        }
        assertThat(likes.stream().map(like -> json(like).getJsonNumber("likes").longValueExact()))
                .as("each like saw its own count: the counts went up one at a time").doesNotHaveDuplicates();
        assertThat(Orders.moment(Api.anonymous(), moment).getJsonNumber("likes").longValueExact()).isEqualTo(PEOPLE);
        assertThat(likesInTheDatabase(moment)).isEqualTo(PEOPLE);
        assertThat(Orders.moment(people.get(7).api(), moment).getBoolean("likedByMe")).isTrue();
        assertThat(Orders.moment(owner(), moment).getBoolean("likedByMe")).isFalse();

        List<HttpResponse<String>> unlikes = race(people, user -> user.api().withNewAddress().delete(likePath(moment), null));
        for (HttpResponse<String> unlike : unlikes) {
            assertThat(unlike.statusCode()).as(unlike.body()).isEqualTo(200);
            assertThat(json(unlike).getBoolean("likedByMe")).isFalse();
        }
        assertThat(Orders.moment(Api.anonymous(), moment).getJsonNumber("likes").longValueExact()).isZero();
        assertThat(likesInTheDatabase(moment)).isZero();
        assertThat(Orders.moment(people.get(7).api(), moment).getBoolean("likedByMe")).isFalse();
    }

    @Test
    void oneLikePerPersonHoweverOftenAndAtOnce() throws Exception {
        String moment = Timelines.confirmed(owner(), Spans.randomStart(), 60);
        Api fan = fan();

        JsonObject first = json(fan.put(likePath(moment), null));
        JsonObject again = json(fan.put(likePath(moment), null));
        assertThat(first).isEqualTo(again).isEqualTo(json("likes", 1, "likedByMe", true));
        List<HttpResponse<String>> clicks = race(List.of(1, 2, 3, 4, 5, 6, 7, 8), i -> fan.withNewAddress().put(likePath(moment), null));
        assertThat(clicks).allSatisfy(click -> assertThat(click.statusCode()).isEqualTo(200));
        assertThat(likesInTheDatabase(moment)).isEqualTo(1);

        assertThat(json(fan.delete(likePath(moment), null))).isEqualTo(json("likes", 0, "likedByMe", false));
        assertThat(json(fan.delete(likePath(moment), null))).isEqualTo(json("likes", 0, "likedByMe", false));
        assertThat(Orders.moment(fan, moment).getJsonNumber("likes").longValueExact()).isZero();
    }

    @Test
    void onlySignedInPeopleLikeConfirmedMomentsTheyMaySee() {
        Api owner = owner();
        String unlisted = Timelines.confirmed(owner, Spans.randomStart(), 60, "visibility", "UNLISTED");
        String privateOne = Timelines.confirmed(owner, Spans.randomStart(), 60, "visibility", "PRIVATE");
        Instant t = Spans.randomStart();
        String held = Orders.hold(owner, t, t.plusSeconds(60)).getString("momentId");

        assertProblem(Api.anonymous().put(likePath(unlisted), null), 401, "/problems/unauthenticated");
        assertProblem(Api.anonymous().delete(likePath(unlisted), null), 401, "/problems/unauthenticated");
        assertThat(fan().put(likePath(unlisted), null).statusCode()).as("an unlisted moment is seen by its link").isEqualTo(200);
        assertProblem(fan().put(likePath(privateOne), null), 404, "/problems/not-found");
        assertProblem(fan().delete(likePath(privateOne), null), 404, "/problems/not-found");
        assertProblem(fan().put(likePath(held), null), 404, "/problems/not-found");
        assertProblem(fan().put(likePath(UUID.randomUUID().toString()), null), 404, "/problems/not-found");
        assertThat(owner.put(likePath(privateOne), null).statusCode()).as("the owner likes their private moment").isEqualTo(200);
        assertProblem(owner.put(likePath(held), null), 409, "/problems/conflict");
        assertProblem(TestUsers.sharedAdmin().put(likePath(held), null), 409, "/problems/conflict");
    }

    @Test
    void likesAreLimitedToSixtyAMinutePerPerson() {
        String moment = Timelines.confirmed(owner(), Spans.randomStart(), 60);
        Api liker = TestUsers.verifiedUser("rate-liker").api();
        long started = System.nanoTime();
        HttpResponse<String> limited = null;
        int allowed = 0;
        while (limited == null && allowed < 200) {
            // From a new address each time: the limit is the person's, not the address's.
            Api device = liker.withNewAddress();
            HttpResponse<String> response = allowed % 2 == 0 ? device.put(likePath(moment), null) : device.delete(likePath(moment), null);
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                allowed++;
            }
        }
        // 60 at once, plus what came back (60 a minute) while the likes ran.
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(limited).as("no 429 after " + allowed + " likes").isNotNull();
        assertThat(allowed).isBetween(60, 60 + (int) Math.ceil(seconds) + 1);
        assertProblem(limited, 429, "/problems/rate-limited");
        assertThat(limited.headers().firstValue("RateLimit-Limit")).hasValue("60");
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        // Reading goes on, and other people go on liking.
        assertThat(liker.withNewAddress().get("api/v1/moments/" + moment).statusCode()).isEqualTo(200);
        assertThat(fan().put(likePath(moment), null).statusCode()).isEqualTo(200);
    }

    @Test
    void sharesAreCountedForAnyoneWhoMaySeeTheMoment() {
        String moment = Timelines.confirmed(owner(), Spans.randomStart(), 60);
        String privateOne = Timelines.confirmed(owner(), Spans.randomStart(), 60, "visibility", "PRIVATE");
        for (String channel : List.of("link", "x", "facebook", "whatsapp", "email")) {
            HttpResponse<String> shared = Api.anonymous().post("api/v1/moments/" + moment + "/shares", json("channel", channel));
            assertThat(shared.statusCode()).as(shared.body()).isEqualTo(204);
        }
        assertThat(fan().post("api/v1/moments/" + moment + "/shares", json("channel", "x")).statusCode()).isEqualTo(204);
        assertThat(Orders.moment(Api.anonymous(), moment).getJsonNumber("shares").longValueExact()).isEqualTo(6);

        assertValidation(Api.anonymous().post("api/v1/moments/" + moment + "/shares", json("channel", "myspace")), "channel");
        assertValidation(Api.anonymous().post("api/v1/moments/" + moment + "/shares", json()), "channel");
        // No body and no content type: refused as such (415), never counted.
        assertThat(Api.anonymous().sendRaw("POST", "api/v1/moments/" + moment + "/shares", null).statusCode()).isIn(400, 415);
        assertProblem(Api.anonymous().post("api/v1/moments/" + privateOne + "/shares", json("channel", "link")), 404,
                "/problems/not-found");
        assertThat(owner().post("api/v1/moments/" + privateOne + "/shares", json("channel", "email")).statusCode()).isEqualTo(204);
        assertThat(Orders.moment(Api.anonymous(), moment).getJsonNumber("shares").longValueExact()).isEqualTo(6);

        String metrics = Http.get(Http.MANAGEMENT, "metrics").body();
        assertThat(metrics).containsPattern("(?m)^mv_shares_total\\{[^}]*channel=\"whatsapp\"[^}]*\\} [1-9]");
    }

    private static long likesInTheDatabase(String momentId) {
        long rows = Sql.number("SELECT count(*) FROM moment_like WHERE moment_id = ?", UUID.fromString(momentId));
        assertThat(Sql.number("SELECT like_count FROM moment WHERE id = ?", UUID.fromString(momentId))).isEqualTo(rows);
        return rows;
    }

    /** Each item's request on a thread of its own, all released together; the answers in the items' order. */
    private static <T> List<HttpResponse<String>> race(List<T> items, java.util.function.Function<T, HttpResponse<String>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(items.size());
        try {
            CyclicBarrier start = new CyclicBarrier(items.size());
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (T item : items) {
                Callable<HttpResponse<String>> call = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return request.apply(item);
                };
                answers.add(pool.submit(call));
            }
            List<HttpResponse<String>> done = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                done.add(answer.get(60, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }
}

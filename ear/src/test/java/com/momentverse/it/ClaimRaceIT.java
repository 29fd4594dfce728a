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
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two buyers racing for the same second get one sale and one clear conflict, never two sales
 * (PRODUCT.md, "Claiming a moment" and "Stars"). 200 trials; in each, 50 clients (10 users,
 * 5 devices each, every client of every trial from its own address) are released at once and
 * place an order with the trial's star:
 * <ul>
 *   <li>even trials: 50 spans that all overlap one another (same length, starts a second apart);</li>
 *   <li>odd trials: 50 disjoint spans, all with the same star.</li>
 * </ul>
 * Each trial must end with exactly one 201 and 49 409s ({@code span-taken} or
 * {@code star-taken}; only {@code star-taken} in odd trials), never anything else. Then the
 * database must hold no two overlapping active moments, no star on two active moments, and
 * exactly one moment per trial star (a refused order leaves no row behind). The figures
 * (requests/s, latency percentiles) are printed, not asserted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimRaceIT {

    private static final String CONSTELLATION = "Cyg";
    private static final int USERS = 10;
    private static final int DEVICES_PER_USER = 5;
    private static final int CLIENTS = USERS * DEVICES_PER_USER;
    private static final int TRIALS = 200;
    private static final long DAY = 86_400;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** What one client got. */
    record Answer(int status, String type, String body, long nanos) {
    }

    @Test
    void racingBuyersGetOneSaleAndClearConflictsNeverTwoSales() throws Exception {
        List<User> users = TestUsers.verifiedUsers("racer", USERS);
        List<Integer> stars = Stars.take(CONSTELLATION, TRIALS);
        // Each trial in a day of its own, 200 consecutive days from a random one.
        Instant base = Spans.randomStartBetween(Instant.parse("-3000-01-01T00:00:00Z"), Instant.parse("1500-01-01T00:00:00Z"));

        Timings timings = new Timings();
        Map<String, Integer> answers = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        int successes = 0;
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        try {
            for (int trial = 0; trial < TRIALS; trial++) {
                boolean overlapping = trial % 2 == 0;
                List<Answer> trialAnswers = race(pool, users, trial, overlapping, base.plusSeconds(trial * DAY), stars.get(trial));
                int created = 0;
                for (Answer answer : trialAnswers) {
                    timings.record(answer.nanos());
                    answers.merge(answer.status() + (answer.type() == null ? "" : " " + answer.type()), 1, Integer::sum);
                    if (answer.status() == 201) {
                        created++;
                    } else if (!isClearConflict(answer, overlapping)) {
                        wrong.add("trial " + trial + (overlapping ? " (overlapping spans)" : " (one star)") + ": "
                                + answer.status() + " " + answer.body());
                    }
                }
                if (created != 1) {
                    wrong.add("trial " + trial + (overlapping ? " (overlapping spans)" : " (one star)") + ": " + created
                            + " orders created instead of 1");
                }
                successes += created;
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int requests = TRIALS * CLIENTS;
        System.out.printf(Locale.ROOT, "[claim-race] trials %d (%d overlapping spans, %d one star on disjoint spans), "
                        + "requests %d, successes %d, answers %s; wall %.1f s, %.0f requests/s, latency %s%n",
                TRIALS, (TRIALS + 1) / 2, TRIALS / 2, requests, successes, answers, seconds, requests / seconds, timings.summary());

        assertThat(wrong.size()).as("answers of trials that did not end in one sale and 49 clear conflicts, the first: %s",
                wrong.subList(0, Math.min(20, wrong.size()))).isZero();
        assertThat(successes).isEqualTo(TRIALS);
        assertThat(Sql.overlappingActiveMoments()).as("overlapping active moments").isZero();
        assertThat(Sql.starsOnSeveralActiveMoments()).as("stars on several active moments").isZero();
        String trialStars = stars.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(Sql.number("SELECT count(*) FROM moment WHERE star_hip IN (" + trialStars + ")"))
                .as("moments stored with the trial stars, in any status").isEqualTo(TRIALS);
        assertThat(Sql.number("SELECT count(DISTINCT star_hip) FROM moment WHERE status IN ('HELD', 'CONFIRMED')"
                + " AND star_hip IN (" + trialStars + ")")).isEqualTo(TRIALS);
    }

    /** 409 star-taken, or (when the spans overlap) span-taken. */
    private static boolean isClearConflict(Answer answer, boolean overlapping) {
        return answer.status() == 409 && ("/problems/star-taken".equals(answer.type())
                || overlapping && "/problems/span-taken".equals(answer.type()));
    }

    /** One trial: 50 clients, each from a new address, released together; their answers. */
    private static List<Answer> race(ExecutorService pool, List<User> users, int trial, boolean overlapping, Instant region,
                                     int star) throws Exception {
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            Api api = users.get(client / DEVICES_PER_USER).api().withNewAddress();
            Instant start = overlapping ? region.plusSeconds(client) : region.plusSeconds(120L * client);
            JsonObject body = Orders.body(start, start.plusSeconds(60), "starHip", star, "title", "Race " + trial);
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                long sent = System.nanoTime();
                HttpResponse<String> response = Orders.place(api, body);
                long nanos = System.nanoTime() - sent;
                String type = null;
                if (response.statusCode() >= 400 && response.body().startsWith("{")) {
                    JsonObject problem = json(response);
                    type = problem.containsKey("type") ? problem.getString("type") : null;
                }
                return new Answer(response.statusCode(), type, response.body(), nanos);
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("all clients ready").isTrue();
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }
}

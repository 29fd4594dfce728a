package com.momentverse.it;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static com.momentverse.it.ClaimingIT.assertMomentShape;
import static com.momentverse.it.ClaimingIT.assertValidation;
import static com.momentverse.it.Http.json;
import static com.momentverse.it.Spans.RANGE_END;
import static com.momentverse.it.Spans.RANGE_START;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline over HTTP on PostgreSQL, as PRODUCT.md and API.md ("Timeline and community")
 * describe it: the eras, bucket counts at every scale that equal the test's own count of the
 * database (BCE windows, windows across year 0 and the turn of a year, every filter), the list in
 * time order with cursors that give each listed moment once while moments are added, the stats,
 * and the refusals of bad windows and filters.
 *
 * <p>The database is shared by the whole run, so the expected counts are read from it, not assumed;
 * this class's moments carry a text of their own for the text filter, and its stars are of Lyra
 * ({@link Stars}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimelineIT {

    private static final String CONSTELLATION = "Lyr";
    private static final String TOKEN = "tlq" + Long.toHexString(ThreadLocalRandom.current().nextLong(1L << 40));
    private static final String PAGE_TOKEN = "tlp" + Long.toHexString(ThreadLocalRandom.current().nextLong(1L << 40));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Api owner() {
        return TestUsers.shared("timeline-owner");
    }

    @Test
    void theSevenErasCoverTheRangeWithoutGapsOrOverlaps() {
        List<JsonObject> eras = List.copyOf(Timelines.eras().values());
        assertThat(eras).extracting(era -> era.getString("id")).containsExactly("ancient", "classical", "middle-ages",
                "early-modern", "industrial", "modern", "our-century");
        assertThat(eras).extracting(era -> era.getString("name")).containsExactly("Ancient Civilizations",
                "Classical Antiquity", "Middle Ages", "Early Modern", "Industrial Age", "Modern Era", "Our Century");
        assertThat(eras.get(0).getString("start")).isEqualTo(RANGE_START.toString()).isEqualTo("-3299-01-01T00:00:00Z");
        assertThat(eras.get(1).getString("start")).isEqualTo("-0499-01-01T00:00:00Z");
        assertThat(eras.get(2).getString("start")).isEqualTo("0500-01-01T00:00:00Z");
        for (int i = 0; i + 1 < eras.size(); i++) {
            assertThat(eras.get(i).getString("end")).isEqualTo(eras.get(i + 1).getString("start"));
            assertThat(Instant.parse(eras.get(i).getString("start"))).isBefore(Instant.parse(eras.get(i).getString("end")));
        }
        assertThat(eras.get(6).getString("end")).isEqualTo(RANGE_END.toString());
        assertThat(eras.get(0).keySet()).containsExactlyInAnyOrder("id", "name", "start", "end");
    }

    @Test
    void bucketCountsAtEveryScaleAreTheDatabasesAcrossYearZeroAndBeforeIt() {
        Api owner = owner();
        List<Integer> stars = Stars.take(CONSTELLATION, 4);
        // Around year 0 (1 BCE): listed ones, with and without stars and the class's text, and ones that are not listed.
        Instant yearZero = Instant.parse("0000-01-01T00:00:00Z");
        confirmedNear(owner, yearZero, 200, "title", "Dawn " + TOKEN, "starHip", stars.get(0));
        confirmedNear(owner, yearZero, 200, "dedicatedTo", "Livia " + TOKEN.toUpperCase());
        confirmedNear(owner, yearZero, 200);
        confirmedNear(owner, yearZero.minusSeconds(86_400), 200, "starHip", stars.get(1));
        confirmedNear(owner, yearZero.plusSeconds(40 * 86_400), 30, "title", "Ides " + TOKEN);
        confirmedNear(owner, yearZero, 200, "visibility", "PRIVATE", "title", "Private " + TOKEN);
        confirmedNear(owner, yearZero, 200, "visibility", "UNLISTED", "starHip", stars.get(2));
        Timelines.hide(confirmedNear(owner, yearZero, 200, "title", "Hidden " + TOKEN));
        Orders.hold(owner, yearZero.plusSeconds(3_600 * 7 + 11), yearZero.plusSeconds(3_600 * 7 + 71)); // held, not paid
        // 2500 BCE, hour by hour.
        Instant bce = Instant.parse("-2499-03-15T00:00:00Z");
        for (int i = 0; i < 5; i++) {
            confirmedNear(owner, bce.plusSeconds(i * 86_400L), 1, "title", i % 2 == 0 ? "Flood " + TOKEN : "Harvest",
                    "starHip", i == 0 ? stars.get(3) : null);
        }

        JsonObject classical = Timelines.eras().get("classical");
        JsonObject ancient = Timelines.eras().get("ancient");
        Object[][] windows = {
                {"millennium", RANGE_START, RANGE_END},
                {"century", RANGE_START, RANGE_END},
                {"decade", Instant.parse("-0100-01-01T00:00:00Z"), Instant.parse("0101-01-01T00:00:00Z")},
                {"year", Instant.parse("-0010-07-01T00:00:00Z"), Instant.parse("0011-01-01T00:00:00Z")},
                {"month", Instant.parse("-0001-06-01T00:00:00Z"), Instant.parse("0001-06-01T00:00:00Z")},
                {"week", Instant.parse("-0001-12-01T00:00:00Z"), Instant.parse("0000-03-01T00:00:00Z")},
                {"day", Instant.parse("-0001-12-15T00:00:00Z"), Instant.parse("0000-02-15T00:00:00Z")},
                {"hour", yearZero.minusSeconds(2 * 86_400), yearZero.plusSeconds(2 * 86_400)},
                {"day", bce.minusSeconds(86_400), bce.plusSeconds(8 * 86_400)},
                {"hour", bce, bce.plusSeconds(1000 * 3_600L)}, // the most buckets allowed
                {"week", Instant.parse("-2500-12-20T00:00:00Z"), Instant.parse("-2499-04-01T00:00:00Z")},
        };
        int nonEmpty = 0;
        for (Object[] window : windows) {
            for (Object[] filter : new Object[][] {{null, null, null}, {null, true, null}, {null, false, null},
                    {classical, null, null}, {ancient, true, null}, {null, null, TOKEN}, {classical, false, TOKEN}}) {
                List<JsonObject> buckets = Timelines.assertBucketsCountTheDatabase((String) window[0], (Instant) window[1],
                        (Instant) window[2], (JsonObject) filter[0], (Boolean) filter[1], (String) filter[2]);
                if (buckets.stream().anyMatch(bucket -> bucket.getJsonNumber("count").longValueExact() > 0)) {
                    nonEmpty++;
                }
            }
        }
        assertThat(nonEmpty).as("windows with moments in them").isGreaterThan(windows.length * 4);

        // The class's text: only its listed moments, whatever the case.
        List<JsonObject> all = Timelines.buckets("millennium", RANGE_START, RANGE_END, "q", TOKEN.toUpperCase());
        assertThat(all.stream().mapToLong(bucket -> bucket.getJsonNumber("count").longValueExact()).sum()).isEqualTo(6);
    }

    @Test
    void aWindowOfMoreThanAThousandBucketsOrBadFiltersAreRefusedNamingTheFields() {
        String year = Timelines.query("from", "2000-01-01T00:00:00Z", "to", "2001-01-01T00:00:00Z");
        assertValidation(Http.get("api/v1/timeline/buckets" + year + "&scale=hour"), "to");
        assertValidation(Http.get("api/v1/timeline/buckets" + Timelines.query("scale", "year", "from", RANGE_START,
                "to", RANGE_END)), "to");
        assertValidation(Http.get("api/v1/timeline/buckets" + year), "scale");
        assertValidation(Http.get("api/v1/timeline/buckets" + year + "&scale=fortnight"), "scale");
        assertValidation(Http.get("api/v1/timeline/buckets?scale=day&from=2000-01-01T00:00:00Z"), "to");
        assertValidation(Http.get("api/v1/timeline/buckets" + year + "&scale=month&era=bronze-age"), "era");
        assertValidation(Http.get("api/v1/timeline/buckets" + year + "&scale=month&starPaired=maybe"), "starPaired");
        assertValidation(Http.get("api/v1/timeline/buckets" + year + "&scale=month&q=" + "x".repeat(101)), "q");
        assertValidation(Http.get("api/v1/timeline/buckets" + Timelines.query("scale", "day", "from", "2001-01-01T00:00:00Z",
                "to", "2000-01-01T00:00:00Z")), "to");
        assertValidation(Http.get("api/v1/timeline/buckets" + Timelines.query("scale", "century",
                "from", "-3300-01-01T00:00:00Z", "to", "0001-01-01T00:00:00Z")), "from");
        assertValidation(Http.get("api/v1/timeline/buckets" + Timelines.query("scale", "century", "from", "yesterday",
                "to", "0001-01-01T00:00:00Z")), "from");
        assertValidation(Http.get("api/v1/timeline/moments?cursor=not-a-cursor"), "cursor");
        assertValidation(Http.get("api/v1/timeline/moments?limit=101"), "limit");
        assertValidation(Http.get("api/v1/timeline/moments?era=stone-age"), "era");

        // Every bad field at once.
        HttpResponse<String> both = Http.get("api/v1/timeline/buckets" + year + "&scale=fortnight&era=bronze-age");
        assertThat(json(both).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field")).contains("scale", "era");
    }

    @Test
    void theListGivesEveryListedMomentOnceInTimeOrderWhileMomentsAreAdded() {
        Api owner = owner();
        String token = PAGE_TOKEN;
        Instant from = Spans.randomStart();
        Instant to = from.plusSeconds(10 * 86_400);
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            original.add(Timelines.confirmed(owner, from.plusSeconds(i * 86_400L + 3_600), 60, "title", "Page " + token));
        }
        Timelines.confirmed(owner, from.plusSeconds(2 * 86_400L + 7_200), 60, "title", "Page " + token, "visibility", "PRIVATE");
        Timelines.hide(Timelines.confirmed(owner, from.plusSeconds(3 * 86_400L + 7_200), 60, "title", "Page " + token));

        Object[] filters = {"from", from, "to", to, "q", token};
        List<JsonObject> seen = new ArrayList<>();
        Set<String> addedBehind = new HashSet<>();
        Set<String> addedAhead = new HashSet<>();
        String cursor = null;
        int page = 0;
        do {
            JsonObject answer = Timelines.page(Api.anonymous(), 3, cursor, filters);
            List<JsonObject> items = answer.getJsonArray("items").getValuesAs(JsonObject.class);
            seen.addAll(items);
            cursor = answer.isNull("nextCursor") ? null : answer.getString("nextCursor");
            if (cursor != null && page < 2) {
                // Others confirm moments between pages: one before the page's end, one after it.
                Instant last = Instant.parse(items.get(items.size() - 1).getString("start"));
                addedBehind.add(Timelines.confirmed(owner, last.minusSeconds(1_800 + page), 60, "title", "Page " + token));
                addedAhead.add(Timelines.confirmed(owner, last.plusSeconds(1_800 + page), 60, "title", "Page " + token));
            }
            page++;
        } while (cursor != null);

        List<String> ids = seen.stream().map(item -> item.getString("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().containsAll(original).containsAll(addedAhead)
                .doesNotContainAnyElementsOf(addedBehind).hasSize(original.size() + addedAhead.size());
        assertThat(seen.stream().map(item -> Instant.parse(item.getString("start"))).toList()).isSorted();
        seen.forEach(ClaimingIT::assertMomentShape);
        assertThat(seen).allSatisfy(item -> {
            assertThat(item.getString("visibility")).isEqualTo("PUBLIC");
            assertThat(item.getString("status")).isEqualTo("CONFIRMED");
            assertThat(item.getString("dedicatedBy")).isEqualTo("timeline-owner");
        });

        // Read again without the text, the window is exactly what the database lists there, in order.
        List<String> window = Timelines.allMoments(Api.anonymous(), 4, "from", from, "to", to).stream()
                .map(item -> item.getString("id")).toList();
        assertThat(window).isEqualTo(Timelines.listedIds(from, to, null, null));
        assertThat(Timelines.allMoments(Api.anonymous(), 100, filters)).extracting(item -> item.getString("id"))
                .isEqualTo(Timelines.listedIds(from, to, null, token));
    }

    @Test
    void theListFiltersByEraAndStar() {
        Api owner = owner();
        Instant from = Instant.parse("1901-01-01T00:00:00Z").plusSeconds(ThreadLocalRandom.current().nextLong(90L * 365 * 86_400));
        Instant to = from.plusSeconds(30 * 86_400);
        String starred = Timelines.confirmed(owner, from.plusSeconds(1_000), 60, "starHip", Stars.take(CONSTELLATION));
        String plain = Timelines.confirmed(owner, from.plusSeconds(2_000), 60);

        List<String> withStar = Timelines.allMoments(Api.anonymous(), 50, "from", from, "to", to, "starPaired", true)
                .stream().map(item -> item.getString("id")).toList();
        List<String> withoutStar = Timelines.allMoments(Api.anonymous(), 50, "from", from, "to", to, "starPaired", false)
                .stream().map(item -> item.getString("id")).toList();
        assertThat(withStar).contains(starred).doesNotContain(plain).isEqualTo(Timelines.listedIds(from, to, true, null));
        assertThat(withoutStar).contains(plain).doesNotContain(starred).isEqualTo(Timelines.listedIds(from, to, false, null));
        assertThat(Timelines.allMoments(Api.anonymous(), 50, "from", from, "to", to, "era", "modern"))
                .extracting(item -> item.getString("id")).contains(starred, plain);
        assertThat(Timelines.allMoments(Api.anonymous(), 50, "from", from, "to", to, "era", "industrial")).isEmpty();
        JsonObject item = Timelines.allMoments(Api.anonymous(), 50, "from", from, "to", to).stream()
                .filter(moment -> moment.getString("id").equals(starred)).findFirst().orElseThrow();
        assertMomentShape(item);
        assertThat(item.getString("era")).isEqualTo("modern");
        assertThat(item.getJsonObject("star").getString("constellation")).isEqualTo(CONSTELLATION);
    }

    @Test
    void statsCountConfirmedMomentsAndStarsAndNameTheEarliestAndLatestListedMoments() {
        Api owner = owner();
        JsonObject before = stats();
        List<Integer> stars = Stars.take(CONSTELLATION, 3);
        Timelines.confirmed(owner, Spans.randomStart(), 60, "starHip", stars.get(0));
        Timelines.confirmed(owner, Spans.randomStart(), 60, "visibility", "PRIVATE", "starHip", stars.get(1));
        Instant held = Spans.randomStart();
        Orders.hold(owner, held, held.plusSeconds(60), "starHip", stars.get(2)); // not paid: takes the star, counts nothing
        JsonObject after = stats();

        assertThat(after.getJsonNumber("confirmedMoments").longValueExact() - before.getJsonNumber("confirmedMoments").longValueExact())
                .isEqualTo(2);
        assertThat(after.getJsonNumber("starsPaired").longValueExact() - before.getJsonNumber("starsPaired").longValueExact())
                .isEqualTo(2);
        assertThat(before.getJsonNumber("starsFree").longValueExact() - after.getJsonNumber("starsFree").longValueExact())
                .isEqualTo(3);
        assertThat(after.keySet()).containsExactlyInAnyOrder("confirmedMoments", "starsPaired", "starsFree", "earliest", "latest");

        List<Timelines.Row> listed = Timelines.listed(RANGE_START, RANGE_END);
        assertThat(listed).isNotEmpty();
        assertThat(after.getJsonObject("earliest").getString("id")).isEqualTo(listed.get(0).id());
        assertThat(after.getJsonObject("latest").getString("id")).isEqualTo(listed.get(listed.size() - 1).id());
        assertThat(after.getJsonObject("earliest").keySet()).containsExactlyInAnyOrder("id", "title", "start", "end");
        assertThat(Instant.parse(after.getJsonObject("earliest").getString("start")).getEpochSecond())
                .isEqualTo(listed.get(0).start());
    }

    static JsonObject stats() {
        HttpResponse<String> response = Http.get("api/v1/stats");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** A confirmed moment at a random second within {@code days} days after the instant: its id. */
    private static String confirmedNear(Api owner, Instant instant, int days, Object... overrides) {
        Instant start = instant.plusSeconds(ThreadLocalRandom.current().nextLong(days * 86_400L));
        List<Object> members = new ArrayList<>(java.util.Arrays.asList(overrides)); // List.of refuses the nulls
        for (int i = members.size() - 2; i >= 0; i -= 2) {
            if (members.get(i + 1) == null) {
                members.remove(i + 1);
                members.remove(i);
            }
        }
        return Timelines.confirmed(owner, start, 60, members.toArray());
    }
}

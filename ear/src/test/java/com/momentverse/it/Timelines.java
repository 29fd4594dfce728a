package com.momentverse.it;

import jakarta.json.JsonObject;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The timeline for tests: moments confirmed the way the tests pay (in the database, {@link Sql}),
 * the timeline's answers, and the test's own count of what the database holds, which the answers
 * must equal. "Listed" is spelled out here apart from the application: confirmed, public, not hidden.
 */
public final class Timelines {

    private static final String LISTED = "status = 'CONFIRMED' AND visibility = 'PUBLIC' AND NOT hidden";

    private Timelines() {
    }

    /** A moment held by the owner with the order's members (see {@link Orders#body}), paid: its id. */
    public static String confirmed(Api owner, Instant start, long seconds, Object... overrides) {
        JsonObject order = Orders.hold(owner, start, start.plusSeconds(seconds), overrides);
        Sql.confirm(order.getString("orderId"));
        return order.getString("momentId");
    }

    /** Moderation hides the moment (there is no API for it yet). */
    public static void hide(String momentId) {
        assertThat(Sql.update("UPDATE moment SET hidden = TRUE WHERE id = ?", UUID.fromString(momentId))).isEqualTo(1);
    }

    /** A query string from name/value pairs, values URL-encoded; null values are left out. */
    public static String query(Object... pairs) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                query.append(query.length() == 0 ? "?" : "&").append(pairs[i]).append('=')
                        .append(URLEncoder.encode(pairs[i + 1].toString(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** GET /api/v1/timeline/buckets, which must answer 200: the buckets. */
    public static List<JsonObject> buckets(String scale, Instant from, Instant to, Object... filters) {
        Object[] pairs = new Object[filters.length + 6];
        System.arraycopy(new Object[] {"scale", scale, "from", from, "to", to}, 0, pairs, 0, 6);
        System.arraycopy(filters, 0, pairs, 6, filters.length);
        HttpResponse<String> response = Http.get("api/v1/timeline/buckets" + query(pairs));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray()
                .getValuesAs(JsonObject.class);
    }

    /** Every item of GET /api/v1/timeline/moments with the filters, page by page ({@code limit} each), as the caller. */
    public static List<JsonObject> allMoments(Api caller, int limit, Object... filters) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = page(caller, limit, cursor, filters);
            items.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        return items;
    }

    /** One page of GET /api/v1/timeline/moments, which must answer 200. */
    public static JsonObject page(Api caller, int limit, String cursor, Object... filters) {
        Object[] pairs = new Object[filters.length + 4];
        System.arraycopy(new Object[] {"limit", limit, "cursor", cursor}, 0, pairs, 0, 4);
        System.arraycopy(filters, 0, pairs, 4, filters.length);
        HttpResponse<String> response = caller.get("api/v1/timeline/moments" + query(pairs));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** The ids of listed moments, in time order, whose start is in [from, to) and that match the filters: the database's answer. */
    public static List<String> listedIds(Instant from, Instant to, Boolean starPaired, String text) {
        List<String> ids = new ArrayList<>();
        for (Row row : listed(from, to)) {
            if (row.matches(null, null, starPaired, text)) {
                ids.add(row.id());
            }
        }
        return ids;
    }

    /** A listed moment as the database holds it. */
    public record Row(String id, long start, boolean starPaired, String title, String message, String dedicatedTo) {

        boolean matches(Instant eraStart, Instant eraEnd, Boolean paired, String text) {
            if (eraStart != null && (start < eraStart.getEpochSecond() || start >= eraEnd.getEpochSecond())) {
                return false;
            }
            if (paired != null && paired != starPaired) {
                return false;
            }
            return text == null || contains(title, text) || contains(message, text) || contains(dedicatedTo, text);
        }

        private static boolean contains(String field, String text) {
            return field != null && field.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
        }
    }

    /** The listed moments whose start is in [from, to), in time order, read from the database. */
    public static List<Row> listed(Instant from, Instant to) {
        List<Row> rows = new ArrayList<>();
        Sql.query("SELECT id, start_second, star_hip IS NOT NULL, title, message, dedicated_to FROM moment WHERE " + LISTED
                        + " AND start_second >= ? AND start_second < ? ORDER BY start_second, id",
                result -> rows.add(new Row(result.getString(1), result.getLong(2), result.getBoolean(3), result.getString(4),
                        result.getString(5), result.getString(6))),
                from.getEpochSecond(), to.getEpochSecond());
        return rows;
    }

    /**
     * Asserts the buckets of the scale over [from, to), with the filters (era, starPaired, q), are
     * whole calendar buckets of that scale (UTC; weeks from Monday; decades to millennia from years
     * divisible by 10 to 1000) that cover the window without gap, each with the number of listed
     * moments that the database holds in it.
     *
     * @param era the era's {@code [start, end)} as GET /api/v1/eras gives it, or null
     * @return the buckets
     */
    public static List<JsonObject> assertBucketsCountTheDatabase(String scale, Instant from, Instant to, JsonObject era,
                                                                Boolean starPaired, String text) {
        List<JsonObject> buckets = buckets(scale, from, to, "era", era == null ? null : era.getString("id"),
                "starPaired", starPaired, "q", text);
        String why = scale + " [" + from + ", " + to + ") era " + (era == null ? null : era.getString("id"))
                + " starPaired " + starPaired + " q " + text;
        assertThat(buckets).as(why).isNotEmpty();
        Instant first = Instant.parse(buckets.get(0).getString("start"));
        Instant last = Instant.parse(buckets.get(buckets.size() - 1).getString("end"));
        assertThat(first).as(why).isBeforeOrEqualTo(from);
        assertThat(last).as(why).isAfterOrEqualTo(to);
        Map<Instant, Long> expected = new LinkedHashMap<>();
        Instant previousEnd = first;
        for (JsonObject bucket : buckets) {
            Instant start = Instant.parse(bucket.getString("start"));
            Instant end = Instant.parse(bucket.getString("end"));
            assertThat(start).as(why + ": contiguous").isEqualTo(previousEnd);
            assertWholeBucket(scale, start, end, why);
            expected.put(start, 0L);
            previousEnd = end;
        }
        assertThat(Instant.parse(buckets.get(0).getString("end"))).as(why + ": the first bucket holds from").isAfter(from);
        assertThat(Instant.parse(buckets.get(buckets.size() - 1).getString("start"))).as(why).isBefore(to);
        Instant eraStart = era == null ? null : Instant.parse(era.getString("start"));
        Instant eraEnd = era == null ? null : Instant.parse(era.getString("end"));
        List<Instant> starts = new ArrayList<>(expected.keySet());
        for (Row row : listed(first, last)) {
            if (row.matches(eraStart, eraEnd, starPaired, text)) {
                Instant at = Instant.ofEpochSecond(row.start());
                Instant bucket = starts.stream().filter(s -> !s.isAfter(at)).reduce((a, b) -> b).orElseThrow();
                expected.merge(bucket, 1L, Long::sum);
            }
        }
        Map<Instant, Long> actual = new LinkedHashMap<>();
        buckets.forEach(bucket -> actual.put(Instant.parse(bucket.getString("start")), bucket.getJsonNumber("count").longValueExact()));
        assertThat(actual).as(why).isEqualTo(expected);
        return buckets;
    }

    /** Asserts [start, end) is one whole bucket of the scale, by the calendar. */
    private static void assertWholeBucket(String scale, Instant start, Instant end, String why) {
        ZonedDateTime utc = start.atZone(ZoneOffset.UTC);
        String as = why + ": bucket " + start;
        switch (scale) {
            case "hour" -> {
                assertThat(Math.floorMod(start.getEpochSecond(), 3_600L)).as(as).isZero();
                assertThat(end).as(as).isEqualTo(start.plusSeconds(3_600));
            }
            case "day" -> {
                assertThat(utc.toLocalTime()).as(as).isEqualTo(LocalTime.MIDNIGHT);
                assertThat(end).as(as).isEqualTo(start.plusSeconds(86_400));
            }
            case "week" -> {
                assertThat(utc.getDayOfWeek()).as(as).isEqualTo(DayOfWeek.MONDAY);
                assertThat(utc.toLocalTime()).as(as).isEqualTo(LocalTime.MIDNIGHT);
                assertThat(end).as(as).isEqualTo(start.plusSeconds(7 * 86_400));
            }
            case "month" -> {
                assertThat(utc.getDayOfMonth()).as(as).isEqualTo(1);
                assertThat(utc.toLocalTime()).as(as).isEqualTo(LocalTime.MIDNIGHT);
                assertThat(end).as(as).isEqualTo(utc.plusMonths(1).toInstant());
            }
            default -> {
                int years = switch (scale) {
                    case "year" -> 1;
                    case "decade" -> 10;
                    case "century" -> 100;
                    case "millennium" -> 1000;
                    default -> throw new IllegalArgumentException(scale);
                };
                assertThat(utc.getDayOfYear()).as(as).isEqualTo(1);
                assertThat(utc.toLocalTime()).as(as).isEqualTo(LocalTime.MIDNIGHT);
                assertThat(Math.floorMod(utc.getYear(), years)).as(as + ": astronomical year divisible by " + years).isZero();
                assertThat(end).as(as).isEqualTo(utc.plusYears(years).toInstant());
            }
        }
    }

    /** The eras of GET /api/v1/eras, by id. */
    public static Map<String, JsonObject> eras() {
        HttpResponse<String> response = Http.get("api/v1/eras");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, JsonObject> eras = new LinkedHashMap<>();
        jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray()
                .getValuesAs(JsonObject.class).forEach(era -> eras.put(era.getString("id"), era));
        return eras;
    }
}

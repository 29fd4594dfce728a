package com.momentverse.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spans of time for tests. The database is shared by every test of a run and never reset
 * between them, so each test claims at a random place of its own: a random second between
 * 3001 BCE and 2000 CE, where two tests meet with negligible odds. The ends of the range
 * (3300 BCE and 2100 CE) and March 3300 BCE are left to the tests that are about them.
 */
public final class Spans {

    /** The first second a moment may cover: 1 January 3300 BCE. */
    public static final Instant RANGE_START = Instant.parse("-3299-01-01T00:00:00Z");
    /** Where the range ends (exclusive): 1 January 2101. */
    public static final Instant RANGE_END = Instant.parse("2101-01-01T00:00:00Z");

    private static final long LOW = Instant.parse("-3000-01-01T00:00:00Z").getEpochSecond();
    private static final long HIGH = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

    private Spans() {
    }

    /** A random whole second of a random day of a random year between 3001 BCE and 2000 CE. */
    public static Instant randomStart() {
        return Instant.ofEpochSecond(ThreadLocalRandom.current().nextLong(LOW, HIGH));
    }

    /** A random whole second in [from, to). */
    public static Instant randomStartBetween(Instant from, Instant to) {
        return Instant.ofEpochSecond(ThreadLocalRandom.current().nextLong(from.getEpochSecond(), to.getEpochSecond()));
    }

    /** The query string of an availability request. */
    public static String availabilityPath(Instant start, Instant end) {
        return availabilityPath(start.toString(), end.toString());
    }

    public static String availabilityPath(String start, String end) {
        return "api/v1/availability?start=" + URLEncoder.encode(start, StandardCharsets.UTF_8)
                + "&end=" + URLEncoder.encode(end, StandardCharsets.UTF_8);
    }

    /** What GET /api/v1/availability says of the span, asked by an anonymous client. */
    public static JsonObject availability(Instant start, Instant end) {
        HttpResponse<String> response = Http.get(availabilityPath(start, end));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** Asserts the span is free: available, with both nearest spans present as null. */
    public static void assertFree(Instant start, Instant end) {
        JsonObject availability = availability(start, end);
        assertThat(availability.getBoolean("available")).as("[%s, %s) free: %s", start, end, availability).isTrue();
        assertThat(availability.isNull("nearestBefore")).as(availability.toString()).isTrue();
        assertThat(availability.isNull("nearestAfter")).as(availability.toString()).isTrue();
    }

    /** Asserts the span is taken and the nearest free spans of its length are the ones given (null: none). */
    public static void assertTaken(Instant start, Instant end, Instant beforeStart, Instant afterStart) {
        JsonObject availability = availability(start, end);
        assertThat(availability.getBoolean("available")).as("[%s, %s) taken: %s", start, end, availability).isFalse();
        assertNearest(availability, start, end, beforeStart, afterStart);
    }

    /**
     * Asserts the nearestBefore and nearestAfter members of an availability answer or a
     * span-taken problem: spans as long as the asked one, starting at the given instants, or
     * null where a start is null.
     */
    public static void assertNearest(JsonObject answer, Instant start, Instant end, Instant beforeStart, Instant afterStart) {
        long length = end.getEpochSecond() - start.getEpochSecond();
        assertSpan(answer, "nearestBefore", beforeStart, length);
        assertSpan(answer, "nearestAfter", afterStart, length);
    }

    private static void assertSpan(JsonObject answer, String member, Instant expectedStart, long length) {
        assertThat(answer.containsKey(member)).as(member + " present in " + answer).isTrue();
        JsonValue value = answer.get(member);
        if (expectedStart == null) {
            assertThat(value).as(member + " in " + answer).isEqualTo(JsonValue.NULL);
            return;
        }
        assertThat(value.getValueType()).as(member + " in " + answer).isEqualTo(JsonValue.ValueType.OBJECT);
        JsonObject span = value.asJsonObject();
        assertThat(span.getString("start")).as(member + ".start in " + answer).isEqualTo(expectedStart.toString());
        assertThat(span.getString("end")).as(member + ".end in " + answer)
                .isEqualTo(expectedStart.plusSeconds(length).toString());
    }
}

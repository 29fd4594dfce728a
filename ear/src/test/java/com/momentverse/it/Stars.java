package com.momentverse.it;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stars for tests that pair them with moments. The database is shared by every test of a run,
 * so no star may be handed to two tests: each star of the catalogue is handed out once per run,
 * from the constellation a test class names (each class names its own, which keeps them apart
 * even from tests that do not use this class). Sirius (HIP 32349) is never handed out: one
 * test alone claims it.
 */
public final class Stars {

    public static final int SIRIUS = 32349;

    private static final Map<String, Walk> WALKS = new HashMap<>();

    private Stars() {
    }

    /** One star of the constellation that no other test has been given. */
    public static int take(String constellation) {
        return take(constellation, 1).get(0);
    }

    /** Distinct stars of the constellation (IAU abbreviation) that no other test has been given. */
    public static synchronized List<Integer> take(String constellation, int count) {
        Walk walk = WALKS.computeIfAbsent(constellation, Walk::new);
        List<Integer> taken = new ArrayList<>();
        while (taken.size() < count) {
            if (walk.unused.isEmpty()) {
                walk.nextPage();
            }
            taken.add(walk.unused.removeFirst());
        }
        return taken;
    }

    /** GET /api/v1/stars/{hip}, which must exist. */
    public static JsonObject star(int hip) {
        HttpResponse<String> response = Http.get("api/v1/stars/" + hip);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** Whether GET /api/v1/stars/{hip} says the star is available. */
    public static boolean available(int hip) {
        return star(hip).getBoolean("available");
    }

    /** The catalogue's stars of one constellation, page by page, brightest first. */
    private static final class Walk {
        private final String constellation;
        private final Deque<Integer> unused = new ArrayDeque<>();
        private String cursor;
        private boolean done;

        Walk(String constellation) {
            this.constellation = constellation;
        }

        void nextPage() {
            if (done) {
                throw new IllegalStateException("no stars left in " + constellation + " for tests");
            }
            String path = "api/v1/stars?constellation=" + constellation + "&limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> response = Http.get(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            JsonObject page = json(response);
            for (JsonObject star : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (star.getInt("hip") != SIRIUS) {
                    unused.add(star.getInt("hip"));
                }
            }
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
            done = cursor == null;
        }
    }
}

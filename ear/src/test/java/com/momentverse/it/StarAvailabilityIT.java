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
import java.util.List;

import static com.momentverse.it.Http.get;
import static com.momentverse.it.Http.json;
import static com.momentverse.it.StarApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which stars are free, as the stars API tells it: {@code available} on a star and in search
 * results, the {@code available=true} filter, and a random available star. The star held here
 * is Peacock (α Pavonis, HIP 100751), the only star of Pavo to magnitude 2, which no other test
 * uses; the hold is cancelled at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StarAvailabilityIT {

    private static final int PEACOCK = 100751;
    private static final String ONLY_PEACOCK = "constellation=Pav&maxMagnitude=2";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aHeldStarIsUnavailableEverywhereUntilItsHoldEnds() {
        assertThat(hips("api/v1/stars?" + ONLY_PEACOCK)).containsExactly(PEACOCK);
        assertThat(hips("api/v1/stars?" + ONLY_PEACOCK + "&available=true")).containsExactly(PEACOCK);
        assertThat(randomHip(ONLY_PEACOCK)).isEqualTo(PEACOCK);

        User owner = TestUsers.verifiedUser("peacock");
        Instant t = Spans.randomStart();
        String orderId = Orders.hold(owner.api(), t, t.plusSeconds(60), "starHip", PEACOCK).getString("orderId");

        assertThat(Stars.available(PEACOCK)).isFalse();
        JsonObject listed = json(get("api/v1/stars?" + ONLY_PEACOCK)).getJsonArray("items").getJsonObject(0);
        assertThat(listed.getInt("hip")).isEqualTo(PEACOCK);
        assertThat(listed.getBoolean("available")).isFalse();
        assertThat(hips("api/v1/stars?" + ONLY_PEACOCK + "&available=true")).isEmpty();
        assertProblem(get("api/v1/stars/random?" + ONLY_PEACOCK), 404, "/problems/not-found");

        assertThat(owner.api().post("api/v1/orders/" + orderId + "/cancel", null).statusCode()).isEqualTo(200);
        assertThat(Stars.available(PEACOCK)).isTrue();
        assertThat(hips("api/v1/stars?" + ONLY_PEACOCK + "&available=true")).containsExactly(PEACOCK);
        assertThat(randomHip(ONLY_PEACOCK)).isEqualTo(PEACOCK);
    }

    @Test
    void theAvailableFilterListsOnlyAvailableStars() {
        List<JsonObject> items = json(get("api/v1/stars?available=true&constellation=Cyg&limit=100"))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).hasSize(100);
        assertThat(items).allSatisfy(star -> {
            assertThat(star.getBoolean("available")).as(star.toString()).isTrue();
            assertThat(star.getString("constellation")).isEqualTo("Cyg");
        });
    }

    @Test
    void aRandomStarIsAnAvailableOneThatMeetsTheFilters() {
        JsonObject any = random("");
        assertThat(any.getBoolean("available")).isTrue();
        assertThat(any.keySet()).contains("hip", "properName", "designation", "constellation", "constellationName",
                "raDeg", "decDeg", "magnitude", "colorBV", "available");

        for (int i = 0; i < 5; i++) {
            JsonObject lyra = random("constellation=Lyr&maxMagnitude=4.5");
            assertThat(lyra.getString("constellation")).isEqualTo("Lyr");
            assertThat(lyra.getJsonNumber("magnitude").doubleValue()).isLessThanOrEqualTo(4.5);
            assertThat(lyra.getBoolean("available")).isTrue();
            JsonObject bright = random("maxMagnitude=1");
            assertThat(bright.getJsonNumber("magnitude").doubleValue()).isLessThanOrEqualTo(1.0);
        }
        // Not always the same star.
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10; i++) {
            seen.add(random("constellation=Cyg").getInt("hip"));
        }
        assertThat(seen).hasSizeGreaterThan(1);

        assertProblem(get("api/v1/stars/random?maxMagnitude=-5"), 404, "/problems/not-found");
        assertProblem(get("api/v1/stars/random?maxMagnitude=bright"), 400, "/problems/validation");
    }

    private static JsonObject random(String query) {
        HttpResponse<String> response = get("api/v1/stars/random" + (query.isEmpty() ? "" : "?" + query));
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return json(response);
    }

    private static int randomHip(String query) {
        return random(query).getInt("hip");
    }

    private static List<Integer> hips(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json(response).getJsonArray("items").getValuesAs(JsonObject.class).stream().map(s -> s.getInt("hip")).toList();
    }
}

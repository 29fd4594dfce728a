package com.momentverse.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.momentverse.it.Http.get;
import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The star endpoints and the API's error contract, over HTTP, as a client meets them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StarApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void searchByNameListsSiriusFirst() {
        HttpResponse<String> response = get("api/v1/stars?q=Sirius");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonObject sirius = json(response).getJsonArray("items").getJsonObject(0);
        assertThat(sirius.getInt("hip")).isEqualTo(32349);
        assertThat(sirius.getString("properName")).isEqualTo("Sirius");
        assertThat(sirius.getString("designation")).isEqualTo("α Canis Majoris");
        assertThat(sirius.getString("constellation")).isEqualTo("CMa");
        assertThat(sirius.getString("constellationName")).isEqualTo("Canis Major");
        assertThat(sirius.getJsonNumber("magnitude").doubleValue()).isEqualTo(-1.44);
        // Whether Sirius is free depends on the claiming tests of the run; Canopus is claimed by none.
        assertThat(sirius.get("available").getValueType()).isIn(jakarta.json.JsonValue.ValueType.TRUE,
                jakarta.json.JsonValue.ValueType.FALSE);
        assertThat(json(get("api/v1/stars/30438")).getBoolean("available")).isTrue();
    }

    @Test
    void searchIsAccentInsensitiveAndSpellsOutGreekLetters() {
        assertThat(firstHip("api/v1/stars?q=bootis")).isEqualTo(69673); // Arcturus, α Boötis
        assertThat(firstHip("api/v1/stars?q=alpha%20Lyrae")).isEqualTo(91262); // Vega
        assertThat(firstHip("api/v1/stars?q=HIP%2032349")).isEqualTo(32349);
        assertThat(firstHip("api/v1/stars?q=32349")).isEqualTo(32349);
    }

    @Test
    void filtersByConstellationAndMagnitude() {
        JsonArray items = json(get("api/v1/stars?constellation=Ori&maxMagnitude=2&limit=100")).getJsonArray("items");
        assertThat(items).isNotEmpty();
        for (JsonObject star : items.getValuesAs(JsonObject.class)) {
            assertThat(star.getString("constellation")).isEqualTo("Ori");
            assertThat(star.getJsonNumber("magnitude").doubleValue()).isLessThanOrEqualTo(2.0);
        }
        assertThat(firstHip("api/v1/stars?constellation=Ori")).isEqualTo(24436); // Rigel is Orion's brightest
    }

    @Test
    void absentValuesArePresentAsNull() {
        JsonObject star = json(get("api/v1/stars?constellation=Oct&maxMagnitude=8&limit=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(s -> s.isNull("properName")).findFirst().orElseThrow();
        assertThat(star.containsKey("properName")).isTrue();
        assertThat(star.get("properName")).isEqualTo(jakarta.json.JsonValue.NULL);
    }

    @Test
    void cursorPagesWalkTheCatalogueBrightestFirstWithoutGapsOrRepeats() {
        List<Integer> hips = new ArrayList<>();
        List<Double> magnitudes = new ArrayList<>();
        String path = "api/v1/stars?constellation=Lyr&maxMagnitude=6&limit=7";
        String cursor;
        int pages = 0;
        do {
            JsonObject page = json(get(path));
            for (JsonObject star : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
                hips.add(star.getInt("hip"));
                magnitudes.add(star.getJsonNumber("magnitude").doubleValue());
            }
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
            path = "api/v1/stars?constellation=Lyr&maxMagnitude=6&limit=7&cursor=" + cursor;
            pages++;
        } while (cursor != null && pages < 100);

        JsonArray all = json(get("api/v1/stars?constellation=Lyr&maxMagnitude=6&limit=100")).getJsonArray("items");
        assertThat(pages).isGreaterThan(2);
        assertThat(hips).hasSize(all.size());
        Set<Integer> unique = new HashSet<>(hips);
        assertThat(unique).hasSize(hips.size());
        assertThat(magnitudes).isSorted();
        assertThat(hips.get(0)).isEqualTo(all.getJsonObject(0).getInt("hip"));
    }

    @Test
    void oneStarByHip() {
        HttpResponse<String> response = get("api/v1/stars/32349");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getString("properName")).isEqualTo("Sirius");
    }

    @Test
    void unknownStarIsANotFoundProblem() {
        HttpResponse<String> response = get("api/v1/stars/999999999");
        assertProblem(response, 404, "/problems/not-found");
        assertThat(json(response).getString("instance")).isEqualTo("/api/v1/stars/999999999");
        assertProblem(get("api/v1/stars/abc"), 404, "/problems/not-found");
        assertProblem(get("api/v1/no-such-endpoint"), 404, "/problems/not-found");
    }

    @Test
    void badParametersAreValidationProblemsWithFieldErrors() {
        HttpResponse<String> response = get("api/v1/stars?limit=abc");
        assertProblem(response, 400, "/problems/validation");
        JsonObject error = json(response).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("limit");
        assertThat(error.getString("message")).isNotBlank();

        assertProblem(get("api/v1/stars?limit=0"), 400, "/problems/validation");
        assertProblem(get("api/v1/stars?limit=101"), 400, "/problems/validation");
        assertProblem(get("api/v1/stars?maxMagnitude=bright"), 400, "/problems/validation");
        assertProblem(get("api/v1/stars?constellation=Orion"), 400, "/problems/validation");
        HttpResponse<String> badCursor = get("api/v1/stars?cursor=forged");
        assertProblem(badCursor, 400, "/problems/validation");
        assertThat(json(badCursor).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("cursor");
    }

    @Test
    void pingAnswersUp() {
        HttpResponse<String> response = get("api/v1/ping");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).getString("status")).isEqualTo("UP");
    }

    @Test
    void everyResponseCarriesARequestIdAndSecurityHeaders() {
        for (String path : List.of("api/v1/stars?q=Vega", "api/v1/stars/0", "", "stars")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("X-Request-Id")).as(path).isPresent();
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).isPresent();
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-eval"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
        assertThat(get("api/v1/ping", "X-Request-Id", "client-chosen-42").headers().firstValue("X-Request-Id"))
                .hasValue("client-chosen-42");
        assertThat(get("api/v1/ping", "X-Request-Id", "bad id\" injected").headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).doesNotContain(" ").hasSize(36));
    }

    @Test
    void pagesScriptsRunOnlyWithTheNonceOfTheirPolicy() {
        HttpResponse<String> page = get("stars?q=Sirius");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self' 'nonce-").doesNotContain("'unsafe-inline'; script-src");
        String nonce = csp.substring(csp.indexOf("'nonce-") + 7, csp.lastIndexOf('\''));
        assertThat(page.body()).contains("nonce=\"" + nonce + "\"").contains("Sirius");
    }

    @Test
    void aMissingPageIsAPageThatRevealsNothing() {
        HttpResponse<String> missing = get("no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(missing.body()).contains("This page does not exist").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static int firstHip(String path) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json(response).getJsonArray("items").getJsonObject(0).getInt("hip");
    }

    static void assertProblem(HttpResponse<String> response, int status, String type) {
        Problems.assertProblem(response, status, type);
    }
}

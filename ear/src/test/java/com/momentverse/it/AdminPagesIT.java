package com.momentverse.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration pages over HTTP: every one sends an anonymous visitor to sign in, refuses a
 * signed-in user (403) and serves an administrator (200) with the administration's navigation;
 * the main navigation links to them for administrators only; and an action posted without the
 * form's view state (a forged cross-site post) changes nothing, while the same post from the page
 * the administrator was shown does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesIT {

    /** Every administration page; a new one joins this list. */
    private static final List<String> PAGES = List.of("admin/", "admin/index", "admin/users", "admin/orders",
            "admin/certificates", "admin/mail", "admin/audit", "admin/moderation", "admin/notices");

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyAdminPageIsForAdministratorsOnly() {
        Api user = TestUsers.shared("admin-pages-user");
        Api admin = TestUsers.sharedAdmin();
        List<String> wrong = new ArrayList<>();
        for (String page : PAGES) {
            HttpResponse<String> anonymous = Api.anonymous().get(page);
            if (anonymous.statusCode() != 302
                    || !anonymous.headers().firstValue("Location").orElse("").contains("/login?next=")) {
                wrong.add(page + " as anonymous: " + anonymous.statusCode() + " " + anonymous.headers().map());
            }
            HttpResponse<String> asUser = user.get(page);
            if (asUser.statusCode() != 403) {
                wrong.add(page + " as a user: " + asUser.statusCode());
            }
            HttpResponse<String> asAdmin = admin.get(page);
            if (asAdmin.statusCode() != 200 || !asAdmin.body().contains("id=\"admin-nav-audit\"")) {
                wrong.add(page + " as an administrator: " + asAdmin.statusCode());
            }
        }
        // The bare address, without its slash, leads to the dashboard's (and its sign-in) too.
        HttpResponse<String> bare = Api.anonymous().get("admin");
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyAdministratorsSeeTheAdminLink() {
        assertThat(Api.anonymous().get("").body()).doesNotContain("id=\"nav-admin\"");
        assertThat(TestUsers.shared("admin-pages-user").get("").body()).doesNotContain("id=\"nav-admin\"");
        assertThat(TestUsers.sharedAdmin().get("").body()).contains("id=\"nav-admin\"");
    }

    @Test
    void dashboardDrawsItsFourChartsWithoutScript() {
        String dashboard = TestUsers.sharedAdmin().get("admin/").body();
        for (String chart : List.of("sales-chart", "funnel-chart", "eras-chart", "certificates-chart")) {
            assertThat(dashboard).contains("id=\"" + chart + "\"");
        }
        assertThat(dashboard).contains("<svg").contains("Ancient Civilizations").contains("Our Century");
    }

    @Test
    void anActionPostedWithoutTheFormsViewStateChangesNothing() {
        TestUsers.User target = TestUsers.verifiedUser("admin-csrf-target");
        TestUsers.User admin = TestUsers.admin();
        String page = "admin/users?id=" + target.id();
        Browserless session = new Browserless(admin.token(), admin.api().clientAddress());
        HttpResponse<String> shown = session.get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        Matcher viewState = VIEW_STATE.matcher(shown.body());
        assertThat(viewState.find()).as("the page's form carries a view state").isTrue();

        // Forged: the form's fields without its view state, as another site could post them.
        HttpResponse<String> forged = session.post("admin/users", Map.of(
                "user-actions", "user-actions", "user-actions:promote", "", "jakarta.faces.ViewState", "1:2"));
        // An unknown view state is an expired view: the page is loaded afresh, saying so, and nothing is done.
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/users"));
        HttpResponse<String> reloaded = session.get("admin/users");
        assertThat(reloaded.statusCode()).isEqualTo(200);
        assertThat(reloaded.body()).contains("id=\"view-expired\"").doesNotContain("Exception");
        assertThat(session.get("admin/users").body()).as("said once").doesNotContain("id=\"view-expired\"");
        // A post from another session (another site's page in the admin's browser has no cookie of ours
        // to send along in a SameSite=Lax world; here: no cookie at all) with the real view state.
        HttpResponse<String> elsewhere = new Browserless(admin.token(), admin.api().clientAddress()).post("admin/users",
                Map.of("user-actions", "user-actions", "user-actions:promote", "",
                        "jakarta.faces.ViewState", viewState.group(1)));
        assertThat(elsewhere.headers().firstValue("Location").orElse("")).doesNotEndWith(page);
        assertThat(roles(admin.api(), target)).doesNotContain("ADMIN");

        // The same post from the page the administrator was shown: done, and back to that page.
        HttpResponse<String> genuine = session.post("admin/users", Map.of(
                "user-actions", "user-actions", "user-actions:promote", "", "jakarta.faces.ViewState", viewState.group(1)));
        assertThat(genuine.statusCode()).isEqualTo(302);
        assertThat(genuine.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(page));
        assertThat(roles(admin.api(), target)).contains("ADMIN");
        assertThat(admin.api().patch("api/v1/admin/users/" + target.id(),
                Api.json("roles", jakarta.json.Json.createArrayBuilder().add("USER").build())).statusCode()).isEqualTo(200);
    }

    private static String roles(Api admin, TestUsers.User user) {
        return json(admin.get("api/v1/admin/users?q=" + URLEncoder.encode(user.email(), StandardCharsets.UTF_8)))
                .getJsonArray("items").getJsonObject(0).getJsonArray("roles").toString();
    }

    /**
     * Pages as a script would fetch them with an administrator's token: its own cookies (the
     * session that holds the pages' view state), no redirects followed.
     */
    private static final class Browserless {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        private final String token;
        private final String address;

        Browserless(String token, String address) {
            this.token = token;
            this.address = address;
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(Http.SITE + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("X-Forwarded-For", address);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

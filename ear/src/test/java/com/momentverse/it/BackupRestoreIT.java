package com.momentverse.it;

import com.momentverse.it.TestUsers.User;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore (PRODUCT.md, "Operations and trust": "a scripted PostgreSQL backup and a
 * restore that is tested"), black-box: the database is filled through the product, saved with
 * {@code scripts/backup.sh}, restored with {@code scripts/restore.sh} into a new database, and a
 * second server started on the restore answers every question about that data exactly as the
 * original did.
 *
 * <p>The design, the simplest that tests what an operator does:
 * <ol>
 *   <li><b>Fill</b>, on the server under test: users registered and verified through the mailed
 *       links, moments ordered (public with a star and the premium design, unlisted, private),
 *       paid as every API test pays ({@link Certificates#pay}) and certified by the server, an
 *       order left unpaid and held. Then the answers of the API about them are recorded
 *       ({@link #answers}): each owner's profile, moments and orders (list and one by one), each
 *       certificate and the SHA-256 of its PDF, the anonymous view of each moment, and the
 *       administrator's list of every user in the database.</li>
 *   <li><b>Back up</b> the test database with {@code scripts/backup.sh}, given the server's own
 *       {@code MV_DB_URL}, {@code MV_DB_USER} and {@code MV_DB_PASSWORD}; the dumps stay in
 *       {@code ear/target/backups} (the newest 3).</li>
 *   <li><b>Restore</b> it with {@code scripts/restore.sh} into the database named after the test
 *       database with {@code _restored} (CI: {@code test_restored}), dropped first if an earlier
 *       failed run left it, and at the end. A second restore into it must be refused (exit 3).
 *       {@link TestServices} only ever empties the test database itself, so the two never meet.</li>
 *   <li><b>Start a second server</b> ({@link SecondServer}): the prepared WildFly's
 *       {@code bin/momentverse.sh} with the base directory {@code ear/target/it-server-restore}
 *       that the build prepares, ports offset by {@value #PORT_OFFSET} (8380, 10290), and the
 *       {@code MV_DB_URL} that restore.sh printed. It sends no mail (mails still queued in the
 *       restored outbox are only logged) and uses no Redis.</li>
 *   <li><b>Compare</b>: the same answers from the second server, the users signed in there with
 *       their original passwords, must equal the recorded ones; certificate PDFs included, byte
 *       for byte (same SHA-256). A token issued by the original server is accepted by the restore
 *       too, since the generated signing key is in the database (so dumps are secrets).</li>
 * </ol>
 * It is one class in the default failsafe execution, ordered after every other class
 * ({@code @Order}; ear/pom.xml sets the class orderer), so the dump also holds what the other
 * tests wrote (Liquibase's and JBeret's tables included) and nothing writes while it runs.
 *
 * <p>Skipped, saying why, where it cannot run: on the embedded PostgreSQL fallback (no
 * {@code MV_TEST_DB_URL}), without the PostgreSQL client programs, or with ones older than the
 * server; and in the execution stripe-it ({@code -Dit.test} selects it there too).
 */
@ExtendWith(BackupRestoreIT.Prerequisites.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Order(Integer.MAX_VALUE)
class BackupRestoreIT {

    static final int PORT_OFFSET = 300;
    private static final int OWNERS = 3;
    private static final Duration BOOT_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> CLIENT_PROGRAMS = List.of("pg_dump", "pg_restore", "psql", "createdb", "dropdb");
    private static final Pattern WROTE = Pattern.compile("wrote (\\S+\\.dump): (\\d+) bytes");
    private static final Pattern RESTORED_URL = Pattern.compile("(?m)^\\s*MV_DB_URL=(\\S+)$");

    /** What a test user made: the ids to ask about. */
    private record Owner(User user, List<String> orderIds, List<String> momentIds, List<String> certificates) {
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aRestoredBackupAnswersForEveryUserMomentOrderAndCertificateAsTheOriginalDid() throws Exception {
        long began = System.nanoTime();
        List<Owner> owners = fill();
        Map<String, String> original = answers(owners, owner -> owner.user().api(), TestUsers.admin().api());
        assertThat(original).as("what was recorded").hasSizeGreaterThan(OWNERS * 12);
        long filled = System.nanoTime();

        Path dumps = Path.of(System.getProperty("mv.it.backup.dir"));
        Result backup = script("backup.sh", "-d", dumps.toString(), "-k", "3");
        assertThat(backup.status()).as("backup.sh: %s", backup.output()).isZero();
        Matcher wrote = WROTE.matcher(backup.output());
        assertThat(wrote.find()).as(backup.output()).isTrue();
        Path dump = Path.of(wrote.group(1));
        assertThat(dump).exists().hasParent(dumps);
        assertThat(dumps.toFile().list((dir, name) -> name.contains(".partial"))).as("no partial dump left").isEmpty();
        long backedUp = System.nanoTime();

        String restored = restoredDatabase();
        dropDatabase(restored);
        try {
            Result restore = script("restore.sh", dump.toString(), restored);
            assertThat(restore.status()).as("restore.sh: %s", restore.output()).isZero();
            Matcher url = RESTORED_URL.matcher(restore.output());
            assertThat(url.find()).as("restore.sh names the MV_DB_URL to use: %s", restore.output()).isTrue();
            assertThat(url.group(1)).contains("/" + restored).doesNotContain("password");
            long restoredAt = System.nanoTime();
            assertThat(script("restore.sh", dump.toString(), restored).status()).as("a second restore over data is refused")
                    .isEqualTo(3);

            Map<String, String> environment = new HashMap<>();
            environment.put("MV_DB_URL", url.group(1));
            // "user and password as before": a password in the test database's URL is not printed.
            Matcher password = Pattern.compile("[?&]password=([^&]*)").matcher(System.getProperty("mv.it.db.url"));
            if (password.find()) {
                environment.put("MV_DB_PASSWORD", password.group(1));
            }
            environment.put("MV_SMTP_HOST", null);
            environment.put("MV_SMTP_PORT", null);
            environment.put("MV_REDIS_URL", null);
            try (SecondServer server = SecondServer.start(Path.of(System.getProperty("mv.it.restore.server.base")),
                    PORT_OFFSET, environment, BOOT_TIMEOUT)) {
                long started = System.nanoTime();
                URI site = server.site();
                Map<String, User> signedIn = new HashMap<>();
                for (Owner owner : owners) { // with the password they chose on the original
                    signedIn.put(owner.user().email(), TestUsers.signIn(Api.anonymous().at(site), owner.user().email(),
                            owner.user().password()));
                }
                Api admin = TestUsers.signIn(Api.anonymous().at(site), System.getProperty("mv.it.admin.email"),
                        System.getProperty("mv.it.admin.password")).api();
                Map<String, String> fromRestore = answers(owners, owner -> signedIn.get(owner.user().email()).api(), admin);
                assertThat(fromRestore).as("the restore's answers (second server log:\n%s)", server.logTail())
                        .containsExactlyEntriesOf(original);

                User first = owners.get(0).user();
                assertThat(first.api().at(site).get("api/v1/me").statusCode())
                        .as("a token of the original server, on the restore (the signing key is in the database)").isEqualTo(200);
                assertThat(Api.anonymous().at(site).post("api/v1/auth/token",
                        Api.json("email", first.email(), "password", "not the password at all 1")).statusCode()).isEqualTo(401);
                System.out.printf("[it] backup and restore: filled and recorded in %d s; backup %d bytes in %d s; restore in"
                                + " %d s; second server ready in %d s; compared %d answers in %d s%n",
                        seconds(began, filled), Long.parseLong(wrote.group(2)), seconds(filled, backedUp),
                        seconds(backedUp, restoredAt), seconds(restoredAt, started), original.size(),
                        seconds(started, System.nanoTime()));
            }
        } finally {
            dropDatabase(restored);
        }
    }

    /** Users, moments, orders and certificates made through the API, as people make them. */
    private static List<Owner> fill() {
        List<User> users = TestUsers.verifiedUsers("backup-owner", OWNERS);
        List<Owner> owners = new ArrayList<>();
        List<String[]> toPay = new ArrayList<>(); // owner index, order id, moment id
        for (int i = 0; i < users.size(); i++) {
            Api api = users.get(i).api();
            Owner owner = new Owner(users.get(i), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            owners.add(owner);
            Instant t = Spans.randomStart();
            JsonObject starred = Orders.placed(api.withNewAddress(), Orders.body(t, t.plusSeconds(90),
                    "title", "Backed up " + i, "dedicatedTo", "Zoë – 永远", "starHip", randomStar(), "premiumCertificate", true));
            Instant u = Spans.randomStart();
            JsonObject hidden = Orders.placed(api.withNewAddress(), Orders.body(u, u.plusSeconds(3_600),
                    "title", "Kept " + i, "visibility", i % 2 == 0 ? "PRIVATE" : "UNLISTED"));
            for (JsonObject order : List.of(starred, hidden)) {
                owner.orderIds().add(order.getString("orderId"));
                owner.momentIds().add(order.getString("momentId"));
                toPay.add(new String[] {Integer.toString(i), order.getString("orderId"), order.getString("momentId")});
            }
        }
        Instant h = Spans.randomStart();
        JsonObject held = Orders.placed(owners.get(0).user().api().withNewAddress(), Orders.body(h, h.plusSeconds(60)));
        owners.get(0).orderIds().add(held.getString("orderId"));
        owners.get(0).momentIds().add(held.getString("momentId"));

        toPay.forEach(order -> Certificates.pay(order[1], order[2]));
        for (String[] order : toPay) {
            Owner owner = owners.get(Integer.parseInt(order[0]));
            owner.certificates().add(Certificates.awaitNumber(owner.user().api(), order[1]));
        }
        return owners;
    }

    private static int randomStar() {
        HttpResponse<String> star = Http.get("api/v1/stars/random?maxMagnitude=6");
        assertThat(star.statusCode()).as(star.body()).isEqualTo(200);
        return json(star).getInt("hip");
    }

    /**
     * What the API answers about the owners' data, to each owner (as {@code callerOf} signs them
     * in), to anyone, and to the administrator: request to answer, in a fixed order. Lists are
     * read to their end and their items sorted by id; a PDF is its SHA-256.
     */
    private static Map<String, String> answers(List<Owner> owners, Function<Owner, Api> callerOf,
                                               Api admin) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Owner owner : owners) {
            Api caller = callerOf.apply(owner);
            String who = owner.user().email() + " ";
            answers.put(who + "GET api/v1/me", body(caller.withNewAddress().get("api/v1/me")));
            answers.put(who + "GET api/v1/me/moments", list(caller, "api/v1/me/moments", "id"));
            answers.put(who + "GET api/v1/me/orders", list(caller, "api/v1/me/orders", "orderId"));
            for (String order : owner.orderIds()) {
                answers.put(who + "GET api/v1/orders/" + order, body(caller.withNewAddress().get("api/v1/orders/" + order)));
            }
            for (String moment : owner.momentIds()) {
                answers.put(who + "GET api/v1/moments/" + moment, body(caller.withNewAddress().get("api/v1/moments/" + moment)));
                answers.put("anyone GET api/v1/moments/" + moment, body(Api.anonymous().at(caller.site()).get("api/v1/moments/" + moment)));
            }
            for (String number : owner.certificates()) {
                String path = Certificates.path(number);
                answers.put("anyone GET " + path, body(Api.anonymous().at(caller.site()).get(path)));
                byte[] pdf = Certificates.pdf(caller.withNewAddress(), number);
                answers.put(who + "GET " + path + "/pdf", "SHA-256 " + Certificates.sha256(pdf));
            }
        }
        answers.put("admin GET api/v1/admin/users", list(admin, "api/v1/admin/users", "id"));
        return answers;
    }

    /** The status and, for a success, the body; for an error its status and problem type. */
    private static String body(HttpResponse<String> response) {
        if (response.statusCode() / 100 == 2) {
            return response.statusCode() + " " + response.body();
        }
        return response.statusCode() + " " + (response.body().startsWith("{") ? json(response).getString("type", "") : "");
    }

    /** Every item of a cursor list, sorted by the member given. */
    private static String list(Api caller, String path, String id) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> response = caller.withNewAddress().get(path + "?limit=100"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)));
            assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
            JsonObject page = json(response);
            items.addAll(page.getJsonArray("items").getValuesAs(JsonObject.class));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        items.sort(Comparator.comparing(item -> item.getString(id)));
        return items.size() + " " + items;
    }

    private record Result(int status, String output) {
    }

    /** Runs one of the scripts with the test database's connection settings, as the server's environment has them. */
    private static Result script(String name, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("mv.it.scripts"), name).toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("MV_DB_URL", System.getProperty("mv.it.db.url"));
        builder.environment().put("MV_DB_USER", System.getProperty("mv.it.db.user"));
        builder.environment().put("MV_DB_PASSWORD", System.getProperty("mv.it.db.password"));
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as(name + " finished").isTrue();
        Result result = new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        System.out.println("[it] " + String.join(" ", command) + " -> exit " + result.status() + "\n" + result.output());
        return result;
    }

    /** The test database's name with {@code _restored}: only this test uses it. */
    private static String restoredDatabase() {
        String url = System.getProperty("mv.it.db.url");
        String path = url.replaceFirst("\\?.*$", "");
        String name = path.substring(path.lastIndexOf('/') + 1) + "_restored";
        assertThat(name).as("the restored database's name, from %s", url).matches("[a-z_][a-z0-9_]{0,62}");
        return name;
    }

    private static void dropDatabase(String name) throws SQLException {
        try (Connection connection = TestServices.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static long seconds(long fromNanos, long toNanos) {
        return Math.round((toNanos - fromNanos) / 1e9);
    }

    /**
     * Runs the test only where it can: on PostgreSQL given by MV_TEST_DB_URL with the client
     * programs, as new as the server, on the PATH; in the default execution. Says why otherwise.
     */
    static final class Prerequisites implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = missing();
            if (reason == null) {
                return ConditionEvaluationResult.enabled("PostgreSQL and its client programs are here");
            }
            if (context.getTestMethod().isEmpty()) {
                System.out.println("[it] SKIPPED " + BackupRestoreIT.class.getSimpleName() + ": " + reason);
            }
            return ConditionEvaluationResult.disabled("SKIPPED: " + reason);
        }

        private static String missing() {
            if (Integer.getInteger("mv.it.stripe.port") != null) {
                return "it runs in the default failsafe execution, not in stripe-it";
            }
            if (Boolean.getBoolean("mv.it.embedded-pg")) {
                return "the tests run on the embedded PostgreSQL fallback; set MV_TEST_DB_URL to a PostgreSQL"
                        + " database kept for tests (as .ci/run does) to test backup and restore";
            }
            List<String> absent = CLIENT_PROGRAMS.stream().filter(program -> onPath(program) == null).toList();
            if (!absent.isEmpty()) {
                return "the PostgreSQL client programs " + absent + " are not installed"
                        + " (Debian: apt-get install postgresql-client)";
            }
            int client = pgDumpMajorVersion();
            int server = serverMajorVersion();
            if (client < server) {
                return "pg_dump " + client + " cannot dump PostgreSQL " + server + ": install the client programs of " + server;
            }
            return null;
        }

        private static Path onPath(String program) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
            return null;
        }

        private static int pgDumpMajorVersion() {
            try {
                Process process = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
                String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor(30, TimeUnit.SECONDS);
                Matcher matcher = Pattern.compile("(\\d+)[.\\d]*").matcher(version);
                return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static int serverMajorVersion() {
            try (Connection connection = TestServices.connect(); Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SHOW server_version_num")) {
                result.next();
                return result.getInt(1) / 10_000;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot ask the test database for its version", e);
            }
        }
    }
}

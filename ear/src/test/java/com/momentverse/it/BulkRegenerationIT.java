package com.momentverse.it;

import com.momentverse.it.Certificates.Certified;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static com.momentverse.it.Api.json;
import static com.momentverse.it.Http.json;
import static com.momentverse.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk regeneration (API.md "Certificates"): an administrator starts a Jakarta Batch job over
 * the valid certificates of a design and period (202 with its id), follows it at
 * {@code /api/v1/admin/jobs/{id}} to COMPLETED with done = total, and each certificate in scope is
 * replaced exactly once while the others stay as they were. A job stopped half-way (through
 * WildFly's management interface, as an operator would, or by a server stop) goes on from where
 * it stopped when restarted, under the same id.
 *
 * <p>The class's certificates are issued after every other test class's (the period starts at
 * its first one), so no other test's certificate is in scope.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the last test regenerates what the second leaves alone
class BulkRegenerationIT {

    private static final int PREMIUM = 8;
    private static final int STANDARD = 24;
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(90);

    private static final List<Certified> premium = new ArrayList<>();
    private static final List<Certified> standard = new ArrayList<>();
    private static Instant firstIssued;

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void certify() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Certified>> premiums = new ArrayList<>();
            List<Future<Certified>> standards = new ArrayList<>();
            for (int i = 0; i < PREMIUM + STANDARD; i++) {
                boolean isPremium = i < PREMIUM;
                (isPremium ? premiums : standards).add(pool.submit(() -> {
                    Instant t = Spans.randomStart();
                    return Certificates.certify(TestUsers.shared("bulk-owner"), Orders.body(t, t.plusSeconds(60),
                            "title", "Bulk " + (isPremium ? "premium " : "standard ") + t, "premiumCertificate", isPremium));
                }));
            }
            for (Future<Certified> f : premiums) {
                premium.add(f.get());
            }
            for (Future<Certified> f : standards) {
                standard.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        firstIssued = Stream.concat(premium.stream(), standard.stream())
                .map(c -> Instant.parse(Certificates.certificate(Api.anonymous(), c.number()).getString("issuedAt")))
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    @Test
    @Order(1)
    void onlyAdministratorsStartAndFollowJobsAndBadScopesAreRefused() {
        String start = "api/v1/admin/certificates/regenerate";
        assertProblem(Api.anonymous().post(start, json()), 401, "/problems/unauthenticated");
        assertProblem(TestUsers.shared("bulk-owner").post(start, json()), 403, "/problems/forbidden");
        assertProblem(Api.anonymous().get("api/v1/admin/jobs/1"), 401, "/problems/unauthenticated");
        assertProblem(TestUsers.shared("bulk-owner").get("api/v1/admin/jobs/1"), 403, "/problems/forbidden");

        Api admin = TestUsers.sharedAdmin();
        assertProblem(admin.post(start, json("issuedFrom", "yesterday")), 400, "/problems/validation");
        assertProblem(admin.post(start, json("issuedFrom", "2026-01-02T00:00:00Z", "issuedBefore", "2026-01-01T00:00:00Z")),
                400, "/problems/validation");
        assertProblem(admin.get("api/v1/admin/jobs/987654321"), 404, "/problems/not-found");
    }

    @Test
    @Order(2)
    void aJobReplacesEachCertificateInItsScopeOnceAndNothingElse() {
        Api admin = TestUsers.sharedAdmin();
        HttpResponse<String> started = admin.post("api/v1/admin/certificates/regenerate",
                json("premium", true, "issuedFrom", firstIssued.toString()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long jobId = json(started).getJsonNumber("jobId").longValue();
        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/admin/jobs/" + jobId));

        JsonObject done = awaitStatus(admin, jobId, "COMPLETED");
        assertThat(done.getJsonNumber("total").longValue()).isEqualTo(PREMIUM);
        assertThat(done.getJsonNumber("done").longValue()).isEqualTo(PREMIUM);

        for (Certified c : premium) {
            JsonObject old = Certificates.certificate(Api.anonymous(), c.number());
            assertThat(old.getString("status")).isEqualTo("SUPERSEDED");
            JsonObject renewed = Certificates.certificate(Api.anonymous(), old.getString("supersededBy"));
            assertThat(renewed.getString("status")).isEqualTo("VALID");
            assertThat(renewed.getBoolean("premium")).isTrue();
            assertThat(Orders.moment(Api.anonymous(), c.momentId()).getString("certificateNumber"))
                    .isEqualTo(renewed.getString("number"));
        }
        assertThat(standard).as("out of scope").allSatisfy(c -> assertThat(status(c.number())).isEqualTo("VALID"));
    }

    @Test
    @Order(3)
    void aStoppedJobGoesOnWhereItStoppedWhenRestartedUnderTheSameId() throws Exception {
        Api admin = TestUsers.sharedAdmin();
        String first = standard.stream().map(Certified::number).min(Comparator.naturalOrder()).orElseThrow();
        long jobId;
        // The test holds the row of the first certificate the job reads, so the job is surely half-way
        // (busy on its first chunk) when it is told to stop; it stops after that chunk.
        try (Connection connection = TestServices.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("SELECT number FROM certificate WHERE number = ? FOR UPDATE")) {
                lock.setString(1, first);
                try (ResultSet row = lock.executeQuery()) {
                    assertThat(row.next()).isTrue();
                }
            }
            HttpResponse<String> started = admin.post("api/v1/admin/certificates/regenerate",
                    json("premium", false, "issuedFrom", firstIssued.toString()));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            jobId = json(started).getJsonNumber("jobId").longValue();
            awaitStatus(admin, jobId, "STARTED");
            assertProblem(admin.post("api/v1/admin/certificates/regenerate", json()), 409, "/problems/conflict");
            assertProblem(admin.post("api/v1/admin/jobs/" + jobId + "/restart", null), 409, "/problems/conflict");
            stopJob(jobId);
            connection.rollback();
        }
        JsonObject stopped = awaitStatus(admin, jobId, "STOPPED");
        long total = stopped.getJsonNumber("total").longValue();
        long doneWhenStopped = stopped.getJsonNumber("done").longValue();
        assertThat(total).isEqualTo(STANDARD);
        assertThat(doneWhenStopped).as("stopped half-way").isGreaterThan(0).isLessThan(total);

        HttpResponse<String> restarted = admin.post("api/v1/admin/jobs/" + jobId + "/restart", null);
        assertThat(restarted.statusCode()).as(restarted.body()).isEqualTo(202);
        JsonObject done = awaitStatus(admin, jobId, "COMPLETED");
        assertThat(done.getJsonNumber("done").longValue()).isEqualTo(total);

        for (Certified c : standard) {
            assertThat(status(c.number())).isEqualTo("SUPERSEDED");
            assertThat(Sql.number("SELECT count(*) FROM certificate WHERE order_id = ?::uuid", c.orderId()))
                    .as("the original and exactly one successor").isEqualTo(2);
            assertThat(Sql.number("SELECT count(*) FROM certificate WHERE order_id = ?::uuid AND status = 'VALID'", c.orderId()))
                    .isEqualTo(1);
        }
    }

    private static String status(String number) {
        return Certificates.certificate(Api.anonymous(), number).getString("status");
    }

    /** Polls the job until it has the status (failing at once on a final state that is not it). */
    private static JsonObject awaitStatus(Api admin, long jobId, String status) {
        Instant deadline = Instant.now().plus(JOB_TIMEOUT);
        while (true) {
            HttpResponse<String> response = admin.withNewAddress().get("api/v1/admin/jobs/" + jobId);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject job = json(response);
            String now = job.getString("status");
            if (now.equals(status)) {
                return job;
            }
            assertThat(now).as("job %d: %s", jobId, job).isNotIn(List.of("COMPLETED", "FAILED", "ABANDONED", "STOPPED").stream()
                    .filter(s -> !s.equals(status)).toList());
            assertThat(Instant.now()).as("job %d still %s", jobId, job).isBefore(deadline);
            sleep(200);
        }
    }

    /** Stops the job through WildFly's management interface, as an operator would in the console or CLI. */
    private void stopJob(long executionId) throws IOException {
        ModelNode op = new ModelNode();
        op.get("operation").set("stop-job");
        op.get("address").add("deployment", "momentverse.ear").add("subdeployment", "ejb.jar").add("subsystem", "batch-jberet");
        op.get("execution-id").set(executionId);
        ModelNode result = management.getControllerClient().execute(op);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.momentverse.it.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every /api/v1 endpoint that exists, called as anonymous, a user, another user and an
 * administrator, with the answer each must get. A new endpoint joins this table.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationIT {

    private static User user;
    private static User other;
    private static User admin;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /**
     * An endpoint call and the status expected as anonymous, user, other user, admin; its body is
     * JSON, or the bytes of a file sent as application/pdf.
     */
    record Call(String method, String path, JsonObject body, byte[] pdf, int anonymous, int asUser, int asOther, int asAdmin) {
        Call(String method, String path, JsonObject body, int anonymous, int asUser, int asOther, int asAdmin) {
            this(method, path, body, null, anonymous, asUser, asOther, asAdmin);
        }

        /** A POST of a PDF file. */
        static Call pdf(String path, byte[] pdf, int anonymous, int asUser, int asOther, int asAdmin) {
            return new Call("POST", path, null, pdf, anonymous, asUser, asOther, asAdmin);
        }
    }


    @Test
    void everyEndpointAnswersEachKindOfCallerAsItShould() {
        user = TestUsers.verifiedUser("authz-user");
        other = TestUsers.verifiedUser("authz-other");
        admin = TestUsers.admin();
        JsonObject wrongPassword = json("currentPassword", "not the password");
        // The user's order (held moment, private) and a second order of theirs to cancel.
        int star = Stars.take("Her");
        Instant t = Spans.randomStart();
        JsonObject order = Orders.hold(user.api(), t, t.plusSeconds(60), "visibility", "PRIVATE", "starHip", star);
        String orderPath = "api/v1/orders/" + order.getString("orderId");
        String momentPath = "api/v1/moments/" + order.getString("momentId");
        Instant u = Spans.randomStart();
        String toCancel = "api/v1/orders/" + Orders.hold(user.api(), u, u.plusSeconds(60)).getString("orderId") + "/cancel";
        Instant v = Spans.randomStart();
        JsonObject quote = json("start", v.toString(), "end", v.plusSeconds(60).toString());
        JsonObject invalidOrder = Orders.body(v, v.plusSeconds(60), "title", "");
        // A certificate of the user's: a private moment, paid (in the database) and certified.
        Instant w = Spans.randomStart();
        String certificate = Certificates.path(Certificates.certify(user.api(),
                Orders.body(w, w.plusSeconds(60), "visibility", "PRIVATE")).number());
        String unknownCertificate = Certificates.path(Certificates.unknownNumber());
        byte[] file = "%PDF-1.7 not the certificate".getBytes(StandardCharsets.US_ASCII);
        List<Call> calls = List.of(
                new Call("GET", "api/v1/ping", null, 200, 200, 200, 200),
                new Call("GET", "api/v1/stars?q=Vega", null, 200, 200, 200, 200),
                new Call("GET", "api/v1/stars/91262", null, 200, 200, 200, 200),
                new Call("POST", "api/v1/auth/register", json("name", "X", "email", "x@example.test", "password", "short"), 400, 400, 400, 400),
                new Call("POST", "api/v1/auth/verify", json("token", "nope"), 400, 400, 400, 400),
                new Call("POST", "api/v1/auth/verify/resend", json("email", "nobody@example.test"), 202, 202, 202, 202),
                new Call("POST", "api/v1/auth/token", json("email", "nobody@example.test", "password", "whatever it is"), 401, 401, 401, 401),
                new Call("POST", "api/v1/auth/password-reset", json("email", "nobody@example.test"), 202, 202, 202, 202),
                new Call("POST", "api/v1/auth/password-reset/confirm", json("token", "nope", "password", "long enough passphrase"), 400, 400, 400, 400),
                new Call("GET", "api/v1/me", null, 401, 200, 200, 200),
                new Call("PATCH", "api/v1/me", wrongPassword, 401, 400, 400, 400),
                new Call("GET", "api/v1/me/export", null, 401, 200, 200, 200),
                new Call("DELETE", "api/v1/me", wrongPassword, 401, 400, 400, 400),
                new Call("GET", "api/v1/admin/users", null, 401, 403, 403, 200),
                new Call("PATCH", "api/v1/admin/users/" + user.id(), json("disabled", false), 401, 403, 403, 200),
                new Call("GET", ".well-known/jwks.json", null, 200, 200, 200, 200),
                new Call("GET", "api/v1/stars/random", null, 200, 200, 200, 200),
                new Call("GET", Spans.availabilityPath(v, v.plusSeconds(60)), null, 200, 200, 200, 200),
                new Call("POST", "api/v1/quotes", quote, 200, 200, 200, 200),
                new Call("POST", "api/v1/orders", invalidOrder, 401, 400, 400, 400),
                new Call("GET", orderPath, null, 401, 200, 404, 200),
                new Call("GET", "api/v1/orders/" + UUID.randomUUID(), null, 401, 404, 404, 404),
                new Call("GET", momentPath, null, 404, 200, 404, 200),
                new Call("GET", "api/v1/moments/" + UUID.randomUUID(), null, 404, 404, 404, 404),
                new Call("PATCH", momentPath, json("title", "Renamed"), 401, 200, 404, 404),
                new Call("GET", "api/v1/me/moments", null, 401, 200, 200, 200),
                new Call("GET", "api/v1/me/orders", null, 401, 200, 200, 200),
                // Going to checkout again: the owner's pending order (test mode: the test checkout page).
                new Call("POST", orderPath + "/checkout", null, 401, 200, 404, 404),
                new Call("POST", "api/v1/admin/orders/" + UUID.randomUUID() + "/refund", null, 401, 403, 403, 404),
                new Call("POST", orderPath.replace("orders/", "admin/orders/") + "/refund", null, 401, 403, 403, 409),
                // Certificates: the record is everyone's (a private moment's says only that it is
                // private), the PDF is the owner's and administrators', a file may be checked by anyone.
                new Call("GET", certificate, null, 200, 200, 200, 200),
                new Call("GET", certificate + "/pdf", null, 404, 200, 404, 200),
                Call.pdf(certificate + "/verify-file", file, 200, 200, 200, 200),
                new Call("GET", unknownCertificate, null, 404, 404, 404, 404),
                new Call("GET", unknownCertificate + "/pdf", null, 404, 404, 404, 404),
                Call.pdf(unknownCertificate + "/verify-file", file, 404, 404, 404, 404),
                new Call("POST", unknownCertificate.replace("certificates/", "admin/certificates/") + "/regenerate", null,
                        401, 403, 403, 404),
                // After every other call on the certificate: the administrator supersedes it.
                new Call("POST", certificate.replace("certificates/", "admin/certificates/") + "/regenerate", null,
                        401, 403, 403, 200),
                // Without a webhook secret (test mode) there is no webhook to call.
                new Call("POST", "api/v1/payments/stripe/webhook", json("id", "evt_1"), 404, 404, 404, 404),
                // Last: the user cancels before the others try, who may not whatever its state.
                new Call("POST", toCancel, null, 401, 200, 404, 404));

        Map<String, Api> callers = Map.of("anonymous", Api.anonymous(), "user", user.api(), "other", other.api(),
                "admin", admin.api());
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            check(wrong, call, "anonymous", callers.get("anonymous"), call.anonymous());
            check(wrong, call, "user", callers.get("user"), call.asUser());
            check(wrong, call, "other", callers.get("other"), call.asOther());
            check(wrong, call, "admin", callers.get("admin"), call.asAdmin());
        }
        assertThat(wrong).isEmpty();
    }

    private static void check(List<String> wrong, Call call, String who, Api api, int expected) {
        HttpResponse<String> response = call.pdf() != null ? api.postBytes(call.path(), call.pdf(), "application/pdf")
                : api.send(call.method(), call.path(), call.body());
        if (response.statusCode() != expected) {
            wrong.add(call.method() + " " + call.path() + " as " + who + ": " + response.statusCode()
                    + " (expected " + expected + ") " + response.body());
        }
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as(call.path())
                    .hasValue("application/problem+json");
        }
    }
}

package com.momentverse.it;

import com.momentverse.it.Certificates.Certified;
import com.momentverse.it.TestUsers.User;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static com.momentverse.it.Api.json;
import static com.momentverse.it.Http.json;
import static com.momentverse.it.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moderation (PRODUCT.md "Administration"): anyone reports a moment; an administrator hides it
 * with a reason; it then behaves as private for everyone but its owner and administrators, on
 * every surface, stays owned and certified, and its owner is mailed; unhiding restores it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModerationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aReportedMomentHiddenByAnAdministratorIsPrivateToAllButItsOwnerAndAdministrators() {
        User owner = TestUsers.verifiedUser("moderated-owner");
        Instant t = Spans.randomStart();
        String title = "Moderated " + UUID.randomUUID();
        Certified certified = Certificates.certify(owner.api(), Orders.body(t, t.plusSeconds(60), "title", title));
        String moment = "api/v1/moments/" + certified.momentId();
        String reports = moment + "/reports";

        // Reports: anyone, with a reason.
        assertProblem(Api.anonymous().post(reports, json("reason", "  ")), 400, "/problems/validation");
        assertProblem(Api.anonymous().post(reports, json("reason", "x".repeat(501))), 400, "/problems/validation");
        assertProblem(Api.anonymous().post("api/v1/moments/" + UUID.randomUUID() + "/reports", json("reason", "spam")),
                404, "/problems/not-found");
        assertThat(Api.anonymous().post(reports, json("reason", "Offensive words")).statusCode()).isEqualTo(204);
        assertThat(TestUsers.shared("moderation-reporter").post(reports, json("reason", "Spam")).statusCode()).isEqualTo(204);

        // Only administrators hide, with a reason.
        String hide = "api/v1/admin/moments/" + certified.momentId() + "/hide";
        assertProblem(Api.anonymous().post(hide, json("reason", "r")), 401, "/problems/unauthenticated");
        assertProblem(owner.api().post(hide, json("reason", "r")), 403, "/problems/forbidden");
        Api admin = TestUsers.sharedAdmin();
        assertProblem(admin.post(hide, json("reason", "")), 400, "/problems/validation");
        assertThat(admin.post(hide, json("reason", "Insults a real person <b>by name</b>.")).statusCode()).isEqualTo(204);
        assertProblem(admin.post(hide, json("reason", "again")), 409, "/problems/conflict");

        // Everyone else: as if private.
        assertProblem(Api.anonymous().get(moment), 404, "/problems/not-found");
        assertProblem(TestUsers.shared("moderation-reporter").get(moment), 404, "/problems/not-found");
        assertThat(Http.get("m/" + certified.momentId()).statusCode()).isEqualTo(404);
        assertProblem(Api.anonymous().post(reports, json("reason", "more")), 404, "/problems/not-found");
        JsonObject certificate = Certificates.certificate(Api.anonymous(), certified.number());
        assertThat(certificate.getString("status")).as("still certified").isEqualTo("VALID");
        assertThat(certificate.getJsonObject("moment")).isEqualTo(json("visibility", "PRIVATE"));
        Certificates.assertPdfNotFound(Api.anonymous(), certified.number());
        HttpResponse<String> listed = Api.anonymous().get("api/v1/timeline/moments?from=-3299-01-01T00:00:00Z"
                + "&to=2100-01-01T00:00:00Z&q=" + title.substring(10));
        assertThat(listed.body()).doesNotContain(certified.momentId());

        // Its owner and administrators still see it; it is still the owner's.
        assertThat(owner.api().get(moment).statusCode()).isEqualTo(200);
        assertThat(admin.get(moment).statusCode()).isEqualTo(200);
        assertThat(Certificates.pdf(owner.api(), certified.number())).isNotEmpty();
        MimeMessage mail = Mailbox.await(owner.email(), "was hidden");
        assertThat(Mailbox.body(mail)).contains(title).contains("Insults a real person <b>by name</b>.");
        assertThat(Mailbox.html(mail)).contains("&lt;b&gt;by name&lt;/b&gt;");

        // Unhidden: public again.
        String unhide = "api/v1/admin/moments/" + certified.momentId() + "/unhide";
        assertThat(admin.post(unhide, null).statusCode()).isEqualTo(204);
        assertProblem(admin.post(unhide, null), 409, "/problems/conflict");
        HttpResponse<String> again = Api.anonymous().get(moment);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).getString("visibility")).isEqualTo("PUBLIC");
    }
}

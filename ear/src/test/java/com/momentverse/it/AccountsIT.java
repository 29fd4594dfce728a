package com.momentverse.it;

import com.momentverse.it.TestUsers.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import static com.momentverse.it.Api.json;
import static com.momentverse.it.Http.json;
import static com.momentverse.it.StarApiIT.assertProblem;
import static com.momentverse.it.TestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts end to end over the API, with the real mail: GreenMail receives what the outbox
 * sends, and the tests follow the links in it as people do.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void registrationAnswersAlikeForNewAndTakenAddressesAndTellsTheOwner() {
        User owner = TestUsers.verifiedUser("owner");
        Api stranger = Api.anonymous();
        HttpResponse<String> fresh = stranger.post("api/v1/auth/register",
                json("name", "Fresh", "email", TestUsers.newEmail("fresh"), "password", PASSWORD));
        HttpResponse<String> taken = stranger.post("api/v1/auth/register",
                json("name", "Intruder", "email", owner.email().toUpperCase(java.util.Locale.ROOT), "password", PASSWORD));
        assertThat(taken.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(202);
        assertThat(taken.body()).isEqualTo(fresh.body());
        MimeMessage warning = Mailbox.await(owner.email(), "register");
        assertThat(Mailbox.body(warning)).contains("/forgot-password");
        // The intruder's password does not replace the owner's.
        assertThat(stranger.post("api/v1/auth/token", json("email", owner.email(), "password", PASSWORD)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void verificationLinkWorksOnceAndUnverifiedAccountsAreMarkedSo() {
        Api api = Api.anonymous();
        String email = TestUsers.newEmail("verify");
        api.post("api/v1/auth/register", json("name", "Vera", "email", email, "password", PASSWORD));
        // The account exists once the registration is carried out, which its mail shows.
        MimeMessage mail = Mailbox.await(email, "Confirm your e-mail");
        User unverified = TestUsers.signIn(api, email, PASSWORD);
        assertThat(json(unverified.api().get("api/v1/me")).getBoolean("emailVerified")).isFalse();

        assertThat(Mailbox.link(mail, "/verify-email")).startsWith("http://localhost:8080/verify-email?token=");
        String token = Mailbox.tokenOfLink(mail, "/verify-email");
        assertThat(api.post("api/v1/auth/verify", json("token", token)).statusCode()).isEqualTo(204);
        assertThat(json(unverified.api().get("api/v1/me")).getBoolean("emailVerified")).isTrue();
        assertProblem(api.post("api/v1/auth/verify", json("token", token)), 400, "/problems/validation");
        assertProblem(api.post("api/v1/auth/verify", json("token", "forged-token")), 400, "/problems/validation");
    }

    @Test
    void passwordRulesAreEnforcedWithFieldErrors() {
        // A fresh client address per attempt: registration allows five attempts an hour per address.
        String email = TestUsers.newEmail("rules");
        for (String bad : new String[]{"short-pass1", "password1234", email.substring(0, email.indexOf('@')) + "-and-more"}) {
            HttpResponse<String> response = Api.anonymous().post("api/v1/auth/register", json("name", "Rule", "email", email, "password", bad));
            assertProblem(response, 400, "/problems/validation");
            assertThat(json(response).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
        }
        HttpResponse<String> noName = Api.anonymous().post("api/v1/auth/register", json("name", "", "email", "not-an-address", "password", PASSWORD));
        assertProblem(noName, 400, "/problems/validation");
        assertThat(noName.body()).contains("\"name\"").contains("\"email\"");
        assertProblem(Api.anonymous().send("POST", "api/v1/auth/register", null, "Content-Type", "application/json"), 400, "/problems/validation");
        assertProblem(Api.anonymous().send("POST", "api/v1/auth/token", null, "Content-Type", "application/json"), 400, "/problems/validation");
        HttpResponse<String> notJson = Api.anonymous().sendRaw("POST", "api/v1/auth/register", "{\"name\": \"Ada\", not json");
        assertProblem(notJson, 400, "/problems/validation");
    }

    @Test
    void tokensOpenTheApiAndForgedOnesDoNot() throws Exception {
        User user = TestUsers.verifiedUser("tokens");
        JsonObject me = json(user.api().get("api/v1/me"));
        assertThat(me.getString("email")).isEqualTo(user.email());
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("USER");
        assertThat(me.getJsonArray("roles")).hasSize(1);

        Api anonymous = Api.anonymous();
        HttpResponse<String> noToken = anonymous.get("api/v1/me");
        assertProblem(noToken, 401, "/problems/unauthenticated");
        assertThat(noToken.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));

        String[] parts = user.token().split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"USER\"", "\"ADMIN\"").getBytes(StandardCharsets.UTF_8));
        String noneHeader = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        for (String forged : new String[]{parts[0] + "." + otherPayload + "." + parts[2],
                parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA",
                noneHeader + "." + otherPayload + ".", "not-a-token"}) {
            assertProblem(anonymous.withToken(forged).get("api/v1/me"), 401, "/problems/unauthenticated");
        }

        // The published key verifies the token's signature.
        JsonObject jwk = json(Http.get(".well-known/jwks.json")).getJsonArray("keys").getJsonObject(0);
        JsonObject header = Json.createReader(new java.io.StringReader(new String(Base64.getUrlDecoder().decode(parts[0]),
                StandardCharsets.UTF_8))).readObject();
        assertThat(header.getString("alg")).isEqualTo("RS256");
        assertThat(header.getString("kid")).isEqualTo(jwk.getString("kid"));
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e")))));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    }

    @Test
    void fiveFailuresLockTheAccountForThatClientEvenWithTheRightPassword() {
        User user = TestUsers.verifiedUser("lockout");
        Api attacker = Api.anonymous();
        for (int i = 1; i <= 5; i++) {
            assertProblem(attacker.post("api/v1/auth/token", json("email", user.email(), "password", "wrong password " + i)),
                    401, "/problems/unauthenticated");
        }
        HttpResponse<String> locked = attacker.post("api/v1/auth/token", json("email", user.email(), "password", PASSWORD));
        assertProblem(locked, 429, "/problems/rate-limited");
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L);
        // The pair is locked, not the account: the owner elsewhere still signs in.
        assertThat(Api.anonymous().post("api/v1/auth/token", json("email", user.email(), "password", PASSWORD)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void passwordResetEndsEarlierTokensAndWorksOnce() {
        User user = TestUsers.verifiedUser("reset");
        Api api = Api.anonymous();
        HttpResponse<String> known = api.post("api/v1/auth/password-reset", json("email", user.email()));
        HttpResponse<String> unknown = api.post("api/v1/auth/password-reset", json("email", TestUsers.newEmail("nobody")));
        assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body());

        String token = Mailbox.tokenOfLink(Mailbox.await(user.email(), "Reset your"), "/reset-password");
        String newPassword = "a brand new passphrase 77";
        assertProblem(api.post("api/v1/auth/password-reset/confirm", json("token", token, "password", "too short")),
                400, "/problems/validation");
        assertThat(api.post("api/v1/auth/password-reset/confirm", json("token", token, "password", newPassword)).statusCode())
                .isEqualTo(204);
        assertProblem(user.api().get("api/v1/me"), 401, "/problems/unauthenticated");
        assertProblem(api.post("api/v1/auth/password-reset/confirm", json("token", token, "password", "yet another passphrase 9")),
                400, "/problems/validation");
        assertProblem(api.post("api/v1/auth/token", json("email", user.email(), "password", PASSWORD)), 401, "/problems/unauthenticated");
        User again = TestUsers.signIn(api, user.email(), newPassword);
        assertThat(again.api().get("api/v1/me").statusCode()).isEqualTo(200);
        Mailbox.await(user.email(), "password was changed");
    }

    @Test
    void profileChangesNeedTheCurrentPasswordAndANewAddressIsVerifiedAgain() {
        User user = TestUsers.verifiedUser("profile");
        assertProblem(user.api().patch("api/v1/me", json("name", "New Name", "currentPassword", "wrong")), 400, "/problems/validation");
        HttpResponse<String> renamed = user.api().patch("api/v1/me", json("name", "  Ada <b>Lovelace</b>  ", "currentPassword", PASSWORD));
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(json(renamed).getString("name")).isEqualTo("Ada <b>Lovelace</b>");

        String newEmail = TestUsers.newEmail("moved");
        JsonObject moved = json(user.api().patch("api/v1/me", json("email", newEmail, "currentPassword", PASSWORD)));
        assertThat(moved.getString("email")).isEqualTo(newEmail);
        assertThat(moved.getBoolean("emailVerified")).isFalse();
        MimeMessage notice = Mailbox.await(user.email(), "account was changed");
        assertThat(Mailbox.html(notice)).doesNotContain("<b>Lovelace</b>").contains("&lt;b&gt;");
        String token = Mailbox.tokenOfLink(Mailbox.await(newEmail, "Confirm your e-mail"), "/verify-email");
        assertThat(Api.anonymous().post("api/v1/auth/verify", json("token", token)).statusCode()).isEqualTo(204);
        assertThat(json(user.api().get("api/v1/me")).getBoolean("emailVerified")).isTrue();
    }

    @Test
    void exportHoldsMyDataButNoSecretAndDeletionNeedsThePassword() {
        User user = TestUsers.verifiedUser("export");
        HttpResponse<String> export = user.api().get("api/v1/me/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains(user.email()).doesNotContain("argon2").doesNotContain("passwordHash");

        assertProblem(user.api().delete("api/v1/me", json("currentPassword", "wrong")), 400, "/problems/validation");
        assertThat(user.api().delete("api/v1/me", json("currentPassword", PASSWORD)).statusCode()).isEqualTo(204);
        assertProblem(user.api().get("api/v1/me"), 401, "/problems/unauthenticated");
        assertProblem(Api.anonymous().post("api/v1/auth/token", json("email", user.email(), "password", PASSWORD)),
                401, "/problems/unauthenticated");
    }

    @Test
    void administratorsPromoteDemoteDisableAndEnableButNeverThemselves() {
        User admin = TestUsers.admin();
        assertThat(json(admin.api().get("api/v1/me")).getJsonArray("roles").toString()).contains("ADMIN");
        User user = TestUsers.verifiedUser("managed");

        JsonObject list = json(admin.api().get("api/v1/admin/users?q=" + user.email().substring(0, 12)));
        assertThat(list.getJsonArray("items").getJsonObject(0).getString("email")).isEqualTo(user.email());

        String path = "api/v1/admin/users/" + user.id();
        JsonObject promoted = json(admin.api().patch(path, json("roles", Json.createArrayBuilder().add("USER").add("ADMIN").build())));
        assertThat(promoted.getJsonArray("roles").toString()).contains("ADMIN");
        assertThat(json(admin.api().patch(path, json("roles", Json.createArrayBuilder().add("USER").build())))
                .getJsonArray("roles")).hasSize(1);

        JsonObject disabled = json(admin.api().patch(path, json("disabled", true)));
        assertThat(disabled.getBoolean("disabled")).isTrue();
        assertProblem(user.api().get("api/v1/me"), 401, "/problems/unauthenticated");
        assertProblem(Api.anonymous().post("api/v1/auth/token", json("email", user.email(), "password", PASSWORD)),
                403, "/problems/forbidden");
        assertThat(json(admin.api().patch(path, json("disabled", false))).getBoolean("disabled")).isFalse();
        assertThat(Api.anonymous().post("api/v1/auth/token", json("email", user.email(), "password", PASSWORD)).statusCode())
                .isEqualTo(200);

        String self = "api/v1/admin/users/" + admin.id();
        assertProblem(admin.api().patch(self, json("roles", Json.createArrayBuilder().add("USER").build())), 409, "/problems/conflict");
        assertProblem(admin.api().patch(self, json("disabled", true)), 409, "/problems/conflict");
        assertProblem(admin.api().patch("api/v1/admin/users/" + java.util.UUID.randomUUID(), json("disabled", true)),
                404, "/problems/not-found");
    }
}

package com.momentverse.it;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.momentverse.it.Api.json;
import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** People for tests, created the way people are: register, follow the mailed link, sign in. */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery staple 42";

    private TestUsers() {
    }

    /** A verified user with an access token, from its own client address. */
    public record User(String email, String password, UUID id, String token, Api api) {
    }

    public static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    public static User verifiedUser(String who) {
        Api api = Api.anonymous();
        String email = newEmail(who);
        HttpResponse<String> registered = api.post("api/v1/auth/register", json("name", who, "email", email, "password", PASSWORD));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        String token = Mailbox.tokenOfLink(Mailbox.await(email, "Confirm your e-mail"), "/verify-email");
        assertThat(api.post("api/v1/auth/verify", json("token", token)).statusCode()).isEqualTo(204);
        return signIn(api, email, PASSWORD);
    }

    /** Several verified users ("who-1", "who-2", …), registered side by side. */
    public static List<User> verifiedUsers(String who, int count) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 10));
        try {
            List<Future<User>> users = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = who + "-" + i;
                users.add(pool.submit(() -> verifiedUser(name)));
            }
            List<User> done = new ArrayList<>();
            for (Future<User> user : users) {
                done.add(user.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create the users", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static final java.util.Map<String, User> SHARED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String SHARED_ADMIN = "\u0000admin";

    /**
     * The verified user of this name, made once per test run and shared by the tests that ask
     * for it, as a client from a fresh address per call (so no test uses up another's rate limit).
     */
    public static Api shared(String who) {
        return SHARED.computeIfAbsent(who, TestUsers::verifiedUser).api().withNewAddress();
    }

    /** The administrator, signed in once per test run, from a fresh address per call. */
    public static Api sharedAdmin() {
        return SHARED.computeIfAbsent(SHARED_ADMIN, key -> admin()).api().withNewAddress();
    }

    public static User admin() {
        return signIn(Api.anonymous(), System.getProperty("mv.it.admin.email"), System.getProperty("mv.it.admin.password"));
    }

    public static User signIn(Api api, String email, String password) {
        HttpResponse<String> response = api.post("api/v1/auth/token", json("email", email, "password", password));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = json(response).getString("accessToken");
        Api withToken = api.withToken(token);
        JsonObject me = json(withToken.get("api/v1/me"));
        return new User(email, password, UUID.fromString(me.getString("id")), token, withToken);
    }
}

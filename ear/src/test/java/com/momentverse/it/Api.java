package com.momentverse.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A REST client of the API as an outside program would be: JSON over HTTP, optionally with
 * a bearer token. Each instance speaks for its own client address (X-Forwarded-For, which
 * the test server believes from 127.0.0.1), so rate limits and lockouts of one test never
 * touch another. It talks to the server under test ({@link Http#SITE}) unless {@link #at} says otherwise.
 */
public final class Api {

    private final URI site;
    private final String clientAddress;
    private final String token;

    private Api(URI site, String clientAddress, String token) {
        this.site = site;
        this.clientAddress = clientAddress;
        this.token = token;
    }

    /** A client from a fresh address of the 10.0.0.0/8 range. */
    public static Api anonymous() {
        return new Api(Http.SITE, newAddress(), null);
    }

    /** The same client address, with an access token. */
    public Api withToken(String accessToken) {
        return new Api(site, clientAddress, accessToken);
    }

    /** The same client (address and token) talking to another server: a second one started by a test. */
    public Api at(URI otherSite) {
        return new Api(otherSite, clientAddress, token);
    }

    /**
     * The same caller (the same token, if any) from a fresh address: another device of the
     * same user, whose requests count against a rate limit of their own.
     */
    public Api withNewAddress() {
        return new Api(site, newAddress(), token);
    }

    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** The server this client talks to. */
    public URI site() {
        return site;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public HttpResponse<String> post(String path, JsonObject body, String... headers) {
        return send("POST", path, body, headers);
    }

    public HttpResponse<String> patch(String path, JsonObject body) {
        return send("PATCH", path, body);
    }

    public HttpResponse<String> put(String path, JsonObject body) {
        return send("PUT", path, body);
    }

    public HttpResponse<String> delete(String path, JsonObject body) {
        return send("DELETE", path, body);
    }

    public HttpResponse<String> send(String method, String path, JsonObject body, String... headers) {
        return sendRaw(method, path, body == null ? null : body.toString(), headers);
    }

    /** Sends any text as a JSON body, well-formed or not. */
    public HttpResponse<String> sendRaw(String method, String path, String body, String... headers) {
        return Http.send(request(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body), body == null ? null : "application/json", headers));
    }

    /** A GET whose answer is read as bytes (a PDF), not as text. */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        return Http.send(request("GET", path, HttpRequest.BodyPublishers.noBody(), null, headers),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A POST of bytes (a file upload) with their content type; the answer is read as text. */
    public HttpResponse<String> postBytes(String path, byte[] body, String contentType) {
        return Http.send(request("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), contentType));
    }

    private HttpRequest.Builder request(String method, String path, HttpRequest.BodyPublisher body, String contentType,
                                        String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.resolve(path))
                .header("X-Forwarded-For", clientAddress)
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request;
    }

    /**
     * A JSON object from name/value pairs: json("email", "a@b.c", "starHip", 32349). Booleans and
     * whole numbers are written as JSON booleans and numbers, JSON values as they are, anything
     * else as its string.
     */
    public static JsonObject json(Object... pairs) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            String name = (String) pairs[i];
            if (value == null) {
                builder.addNull(name);
            } else if (value instanceof Boolean b) {
                builder.add(name, b);
            } else if (value instanceof Integer || value instanceof Long) {
                builder.add(name, ((Number) value).longValue());
            } else if (value instanceof jakarta.json.JsonValue v) {
                builder.add(name, v);
            } else {
                builder.add(name, value.toString());
            }
        }
        return builder.build();
    }
}

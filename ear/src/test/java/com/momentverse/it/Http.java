package com.momentverse.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for black-box tests: what a browser's first visit, a probe or a script would send. */
public final class Http {

    /** The public port, as clients reach the site. */
    public static final URI SITE = URI.create("http://127.0.0.1:8080/");
    /** The management port: health and metrics. */
    public static final URI MANAGEMENT = URI.create("http://127.0.0.1:9990/");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    /** A GET to the management port (health, metrics). */
    public static HttpResponse<String> get(URI base, String path, String... headers) {
        if (base.equals(SITE)) {
            return get(path, headers);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /**
     * A GET to the site, each call as a client of its own, so the per-address rate limits of
     * the site never count one test's requests against another's (see {@link Api}).
     */
    public static HttpResponse<String> get(String path, String... headers) {
        return Api.anonymous().get(path, headers);
    }

    /** Sends a request with the shared client and a 30 s timeout. */
    static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a request with the shared client and a 30 s timeout, reading the body as the handler says (bytes: a PDF). */
    static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}

package com.momentverse.web.ratelimit;

import com.momentverse.web.FakeHttp;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared buckets against the real Redis on 127.0.0.1:6379 (it runs on the development
 * machines and in CI): two limiters, as on two nodes, each with its own connection, take tokens
 * from one bucket. Skipped, with the reason printed, where no Redis answers there.
 */
class RedisRateLimiterTest {

    private static final String HOST = "127.0.0.1";
    private static final int PORT = 6379;
    private static final String URL = "redis://" + HOST + ":" + PORT;

    /** Why Redis cannot be used, or null; asked once, before the first test. */
    private static String noRedis;

    private RedisRateLimiter node1;
    private RedisRateLimiter node2;
    /** A fresh key for every test, so runs never share a bucket. */
    private String key;
    /** A client address of the documentation range, fresh for every test, for the filters. */
    private String client;

    @BeforeAll
    static void askRedis() {
        noRedis = whyNoRedis();
        if (noRedis != null) {
            // Printed as well: a skipped test's reason is easy to miss in a build log.
            System.out.println("RedisRateLimiterTest skipped: " + noRedis);
        }
    }

    /** Null when Redis answers PING on 127.0.0.1:6379, else why the tests cannot run. */
    private static String whyNoRedis() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 500);
            socket.setSoTimeout(500);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] answer = new byte[16];
            int read = socket.getInputStream().read(answer);
            String text = read > 0 ? new String(answer, 0, read, StandardCharsets.US_ASCII).trim() : "";
            return text.startsWith("+PONG") ? null
                    : "what listens on " + HOST + ":" + PORT + " did not answer PING as Redis does (" + text + ")";
        } catch (IOException e) {
            return "no Redis answers on " + HOST + ":" + PORT + " (" + e.getMessage()
                    + "); start redis-server to test the shared rate limits";
        }
    }

    @BeforeEach
    void twoNodes() {
        assumeTrue(noRedis == null, () -> noRedis);
        node1 = new RedisRateLimiter(RedisUrls.parse(URL));
        node2 = new RedisRateLimiter(RedisUrls.parse(URL));
        key = "test-" + UUID.randomUUID();
        client = "2001:db8:0:0:0:0:" + Integer.toHexString(new Random().nextInt(0x10000)) + ":1";
    }

    /** The keys would expire by themselves within the hour; a shared Redis is left as it was found. */
    @AfterEach
    void closeAndClean() {
        if (node1 == null) {
            return;
        }
        node1.close();
        node2.close();
        RedisClient redis = RedisClient.create(RedisURI.create(URL));
        try (StatefulRedisConnection<String, String> connection = redis.connect()) {
            connection.sync().del(RedisRateLimiter.KEY_PREFIX + "test:" + key,
                    RedisRateLimiter.KEY_PREFIX + "test:" + key + "-other",
                    RedisRateLimiter.KEY_PREFIX + "test-other:" + key,
                    RedisRateLimiter.KEY_PREFIX + "api:" + client);
        } finally {
            redis.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Test
    void twoNodesTogetherAllowExactlyTheCapacity() {
        RateLimit limit = RateLimit.perHour("test", 7);
        int allowed1 = 0;
        int allowed2 = 0;
        long previousRemaining = 7;
        for (int i = 0; i < 10; i++) {
            RateLimitDecision first = node1.tryAcquire(limit, key);
            RateLimitDecision second = node2.tryAcquire(limit, key);
            allowed1 += first.allowed() ? 1 : 0;
            allowed2 += second.allowed() ? 1 : 0;
            for (RateLimitDecision decision : List.of(first, second)) {
                assertThat(decision.counted()).isTrue();
                assertThat(decision.limit()).isEqualTo(7);
                if (decision.allowed()) {
                    assertThat(decision.remaining()).isEqualTo(previousRemaining - 1);
                    previousRemaining = decision.remaining();
                } else {
                    assertThat(decision.retryAfterSeconds()).isGreaterThanOrEqualTo(1);
                }
            }
        }

        assertThat(allowed1 + allowed2).isEqualTo(7);
        assertThat(allowed1).isEqualTo(4);
        assertThat(allowed2).isEqualTo(3);
    }

    @Test
    void concurrentRequestsOnTwoNodesNeverExceedTheCapacity() throws Exception {
        RateLimit limit = RateLimit.perHour("test", 25);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                RedisRateLimiter node = i % 2 == 0 ? node1 : node2;
                attempts.add(() -> node.tryAcquire(limit, key).allowed());
            }
            int allowed = 0;
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(25);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void limitsAndKeysHaveTheirOwnBuckets() {
        RateLimit one = RateLimit.perHour("test", 1);

        assertThat(node1.tryAcquire(one, key).allowed()).isTrue();
        assertThat(node2.tryAcquire(one, key).allowed()).isFalse();
        assertThat(node2.tryAcquire(one, key + "-other").allowed()).isTrue();
        assertThat(node2.tryAcquire(RateLimit.perHour("test-other", 1), key).allowed()).isTrue();
    }

    @Test
    void bucketsExpireOnceTheyWouldBeFullAgain() {
        RateLimit limit = RateLimit.perMinute("test", 10);
        node1.tryAcquire(limit, key);

        RedisClient redis = RedisClient.create(RedisURI.create(URL));
        try (StatefulRedisConnection<String, String> connection = redis.connect()) {
            long ttlMillis = connection.sync().pttl(RedisRateLimiter.KEY_PREFIX + "test:" + key);
            // One token taken: full again after 6 s, then kept 10 s more.
            assertThat(ttlMillis).isPositive()
                    .isLessThanOrEqualTo(Duration.ofSeconds(6).plus(RedisRateLimiter.KEEP_AFTER_REFILL).toMillis());
        } finally {
            redis.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Test
    void theApiLimitOfTwoNodesIsOneLimit() throws Exception {
        RateLimitFilter onNode1 = filter(node1);
        RateLimitFilter onNode2 = filter(node2);

        List<String> remaining = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            FakeHttp.Response response = new FakeHttp.Response();
            FakeHttp.Chain chain = new FakeHttp.Chain();
            (i % 2 == 0 ? onNode1 : onNode2).doFilter(
                    FakeHttp.Request.of("GET", "/api/v1/stars").from(client).build(), response.servlet(), chain);
            assertThat(chain.reached()).isTrue();
            assertThat(response.header("RateLimit-Limit")).isEqualTo("3");
            remaining.add(response.header("RateLimit-Remaining"));
        }
        FakeHttp.Response refused = new FakeHttp.Response();
        onNode2.doFilter(FakeHttp.Request.of("GET", "/api/v1/stars").from(client).build(),
                refused.servlet(), new FakeHttp.Chain());

        assertThat(remaining).containsExactly("2", "1", "0");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isGreaterThanOrEqualTo(1);
    }

    private static RateLimitFilter filter(RedisRateLimiter node) {
        RateLimitFilter filter = new RateLimitFilter();
        filter.meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        filter.limits = RateLimits.of(true, 3, 5, 60);
        filter.limiter = new FailOpenRateLimiter(node, "Redis at " + node.address());
        filter.trustedProxies = Optional.empty();
        filter.init();
        return filter;
    }
}

package com.momentverse.it;

import com.momentverse.it.TestUsers.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many holds a second the server places when 50 clients (10 users, 5 devices each) order
 * at once, none of them in each other's way: 40 orders each on disjoint spans without a star,
 * 2,000 in all. Every one must be accepted (201, each its own order), and the database must
 * still hold no two overlapping active moments. Holds a second and latency percentiles are
 * printed; no speed is asserted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldThroughputIT {

    private static final int USERS = 10;
    private static final int DEVICES_PER_USER = 5;
    private static final int CLIENTS = USERS * DEVICES_PER_USER;
    private static final int ORDERS_PER_CLIENT = 40;
    private static final long DAY = 86_400;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void fiftyClientsPlaceTwoThousandHoldsOnDisjointSpans() throws Exception {
        List<User> users = TestUsers.verifiedUsers("holder", USERS);
        // Each client in a day of its own, 50 consecutive days from a random one; 2 minutes per order.
        Instant base = Spans.randomStartBetween(Instant.parse("-3000-01-01T00:00:00Z"), Instant.parse("1900-01-01T00:00:00Z"));
        Timings timings = new Timings();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        Set<String> orderIds = Collections.synchronizedSet(new HashSet<>());
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started;
        long finished;
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                Api api = users.get(client / DEVICES_PER_USER).api().withNewAddress();
                Instant region = base.plusSeconds(client * DAY);
                clients.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    for (int i = 0; i < ORDERS_PER_CLIENT; i++) {
                        Instant start = region.plusSeconds(120L * i);
                        long sent = System.nanoTime();
                        HttpResponse<String> response = Orders.place(api, Orders.body(start, start.plusSeconds(60)));
                        timings.record(System.nanoTime() - sent);
                        if (response.statusCode() == 201) {
                            orderIds.add(json(response).getString("orderId"));
                        } else {
                            wrong.add(start + ": " + response.statusCode() + " " + response.body());
                        }
                    }
                    return null;
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all clients ready").isTrue();
            started = System.nanoTime();
            go.countDown();
            for (Future<?> client : clients) {
                client.get(5, TimeUnit.MINUTES);
            }
            finished = System.nanoTime();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (finished - started) / 1e9;
        int requests = CLIENTS * ORDERS_PER_CLIENT;
        System.out.printf(Locale.ROOT, "[hold-throughput] %d clients x %d orders: %d holds placed, %d refused; wall %.1f s,"
                        + " %.0f holds/s, latency %s%n",
                CLIENTS, ORDERS_PER_CLIENT, orderIds.size(), wrong.size(), seconds, orderIds.size() / seconds, timings.summary());

        assertThat(wrong.size()).as("orders on free spans that were not accepted, the first of them: %s",
                wrong.subList(0, Math.min(10, wrong.size()))).isZero();
        assertThat(orderIds).hasSize(requests);
        assertThat(Sql.overlappingActiveMoments()).as("overlapping active moments").isZero();
    }
}

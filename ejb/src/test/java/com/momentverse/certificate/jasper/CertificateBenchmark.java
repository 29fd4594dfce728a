package com.momentverse.certificate.jasper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Warm render throughput and latency, standard and premium. Not part of the default run and no
 * timed assertion (a busy CI machine would make it flaky); it prints its numbers:
 * {@code mvn -pl persistence,ejb -am test -Dspotbugs.skip -DexcludedTestGroups=none
 * -Dtest=CertificateBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Goal: at least 50 renders per second per core, p95 at most 60 ms.
 */
@Tag("benchmark")
class CertificateBenchmark {

    private static final int WARM_UP = 150;
    private static final int MEASURED = 400;

    private final CertificateRenderer renderer = new CertificateRenderer();

    @Test
    void standard() throws Exception {
        measure("standard", Certificates.standard());
    }

    @Test
    void premiumLatin() throws Exception {
        measure("premium (Latin title)", Certificates.premium("The night we met", "Anna", Certificates.DUBHE));
    }

    @Test
    void premium() throws Exception {
        measure("premium (CJK + Arabic)", Certificates.premium("北斗の下で · 우리의 밤 · 相遇之夜 · ليلة لقائنا",
                "ليلى وأحمد", Certificates.DUBHE));
    }

    private void measure(String name, CertificateContent content) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(content);
        }
        List<Long> nanos = new ArrayList<>(MEASURED);
        long bytes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            bytes += renderer.render(content).length;
            nanos.add(System.nanoTime() - t);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(nanos);

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long parallelStart = System.nanoTime();
        List<Future<byte[]>> futures = new ArrayList<>(MEASURED);
        for (int i = 0; i < MEASURED; i++) {
            futures.add(pool.submit(() -> renderer.render(content)));
        }
        for (Future<byte[]> f : futures) {
            f.get();
        }
        double parallelSeconds = (System.nanoTime() - parallelStart) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);

        System.out.printf(Locale.ROOT,
                "BENCHMARK %-22s 1 thread: %.1f renders/s, p50 %.1f ms, p95 %.1f ms, max %.1f ms, %d KB/PDF;"
                        + " %d threads: %.1f renders/s%n",
                name, MEASURED / seconds, ms(nanos, 0.50), ms(nanos, 0.95), nanos.get(nanos.size() - 1) / 1e6,
                bytes / MEASURED / 1024, threads, MEASURED / parallelSeconds);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1e6;
    }
}

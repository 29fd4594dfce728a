package com.momentverse.account;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures what one Argon2id hash costs on this machine at the OWASP cost and prints the
 * median, for capacity planning (logins per second per core). It asserts nothing about
 * time: machines differ, and a timing assertion would only make the build flaky.
 */
class PasswordHasherCostTest {

    private static final int WARM_UP = 3;
    private static final int RUNS = 11;

    @Test
    void printsTheMedianCostOfOneHashAtTheOwaspCost() {
        PasswordHasher hasher = new PasswordHasher();
        char[] password = "correct horse battery staple".toCharArray();
        for (int i = 0; i < WARM_UP; i++) {
            hasher.hash(password);
        }
        double[] millis = new double[RUNS];
        String phc = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            phc = hasher.hash(password);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        long start = System.nanoTime();
        boolean verified = hasher.verify(password, phc);
        double verifyMillis = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        hasher.dummyVerify(password);
        double dummyMillis = (System.nanoTime() - start) / 1e6;

        Arrays.sort(millis);
        System.out.printf(Locale.ROOT,
                "Argon2id m=%d KiB, t=%d, p=%d: median %.1f ms per hash over %d runs (min %.1f, max %.1f) "
                        + "after %d warm-up runs; one verify %.1f ms, one dummyVerify %.1f ms; %d processors, Java %s%n",
                Argon2Cost.OWASP.memoryKib(), Argon2Cost.OWASP.iterations(), Argon2Cost.OWASP.parallelism(),
                millis[RUNS / 2], RUNS, millis[0], millis[RUNS - 1], WARM_UP, verifyMillis, dummyMillis,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        assertThat(verified).isTrue();
    }
}

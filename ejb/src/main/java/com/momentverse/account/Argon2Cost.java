package com.momentverse.account;

/**
 * The cost parameters of Argon2id: memory, passes over it, and lanes.
 *
 * <p>{@link #OWASP} is what new hashes use: the first of the equivalent settings the OWASP
 * Password Storage Cheat Sheet recommends for Argon2id (19 MiB, 2 iterations, parallelism 1).
 * When it changes, {@link PasswordHasher#needsRehash} tells login to re-hash old hashes.
 *
 * <p>The upper bounds also apply to costs read from stored hashes, so that a corrupted or
 * tampered row cannot make a login allocate gigabytes or spin for minutes.
 *
 * @param memoryKib   memory in KiB (1024 bytes), at least 8 per lane, at most {@value #MAX_MEMORY_KIB}
 * @param iterations  passes over the memory, 1 to {@value #MAX_ITERATIONS}
 * @param parallelism lanes, 1 to {@value #MAX_PARALLELISM} (Bouncy Castle computes them one after another)
 */
public record Argon2Cost(int memoryKib, int iterations, int parallelism) {

    /** The current OWASP recommendation: m=19456 KiB, t=2, p=1. */
    public static final Argon2Cost OWASP = new Argon2Cost(19_456, 2, 1);

    /** 1 GiB: well above any setting we would choose, and still survivable by the server. */
    public static final int MAX_MEMORY_KIB = 1 << 20;
    public static final int MAX_ITERATIONS = 32;
    public static final int MAX_PARALLELISM = 16;

    public Argon2Cost {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism must be between 1 and " + MAX_PARALLELISM);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be between 1 and " + MAX_ITERATIONS);
        }
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memory must be between 8 KiB per lane and " + MAX_MEMORY_KIB + " KiB");
        }
    }
}

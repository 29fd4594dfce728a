package com.momentverse.account;

import jakarta.enterprise.context.ApplicationScoped;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Hashes passwords with Argon2id (Bouncy Castle's {@link Argon2BytesGenerator}) and verifies
 * them, as PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}): a 16-byte
 * random salt per hash, a 32-byte hash, the {@link Argon2Cost#OWASP} cost unless told otherwise.
 *
 * <p>Passwords are hashed in NFC (as {@link PasswordPolicy} counts them) and encoded as
 * UTF-8, so the same password typed with composed or decomposed accents verifies, and the
 * hashes agree with other Argon2 implementations given the NFC text. Passwords come as
 * {@code char[]} so that callers can wipe them; this class never wipes the caller's array
 * and wipes the copies it makes, except the one it cannot: a password that is not already
 * in NFC (never the case for ASCII) passes through an immutable String while normalised.
 *
 * <p><b>Enumeration by timing.</b> Hashing is the slow part of login and registration, so
 * when there is no account to check against, callers call {@link #dummyVerify} (login) or
 * {@link #hash} and discard the result (registration of an address that exists): both cost
 * one Argon2id run at the current cost, like the real case.
 *
 * <p><b>Memory.</b> Each run allocates the whole memory cost (19 MiB at OWASP cost) on the
 * heap. At most {@code maxConcurrent} runs (by default one per processor) go at once and
 * the others wait their turn: more parallel runs would not finish sooner on those
 * processors, but a burst of logins could exhaust the heap.
 */
@ApplicationScoped
public class PasswordHasher {

    /** Bytes of random salt in each new hash (the PHC and OWASP recommendation). */
    public static final int SALT_BYTES = 16;

    /** Bytes of hash output. */
    public static final int HASH_BYTES = 32;

    /** Thread-safe; one for all instances. */
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Argon2Cost cost;
    private final Semaphore running;
    private final byte[] dummySalt = randomBytes(SALT_BYTES);
    private final byte[] dummyHash = randomBytes(HASH_BYTES);

    /** At the {@link Argon2Cost#OWASP} cost; the constructor the container uses. */
    public PasswordHasher() {
        this(Argon2Cost.OWASP, new Semaphore(processors(), true));
    }

    /** At the given cost, for example a cheap one in tests. */
    public PasswordHasher(Argon2Cost cost) {
        this(Objects.requireNonNull(cost, "cost"), new Semaphore(processors(), true));
    }

    /**
     * @param cost          the cost of new hashes
     * @param maxConcurrent how many Argon2id runs may go at once, at least 1
     */
    public PasswordHasher(Argon2Cost cost, int maxConcurrent) {
        this(Objects.requireNonNull(cost, "cost"), new Semaphore(positive(maxConcurrent), true));
    }

    /**
     * Every public constructor checks its arguments in its call of this one, before the
     * object exists, so that no half-built instance can escape a failed check.
     */
    private PasswordHasher(Argon2Cost cost, Semaphore running) {
        this.cost = cost;
        this.running = running;
    }

    private static int processors() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static int positive(int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1");
        }
        return maxConcurrent;
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The cost of new hashes. */
    public Argon2Cost cost() {
        return cost;
    }

    /**
     * A new hash of the password, with a fresh random salt, at the current cost.
     *
     * @return the PHC string to store
     */
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = randomBytes(SALT_BYTES);
        byte[] hash = argon2(password, cost, salt, HASH_BYTES);
        String phc = new PhcHash(cost, salt, hash).format();
        Arrays.fill(hash, (byte) 0);
        return phc;
    }

    /**
     * Whether the password is the one the stored hash was made from, at the cost stored with
     * it. The hashes are compared in constant time. A stored value that is not a well-formed
     * Argon2id PHC string within bounds (see {@link PhcHash}) verifies nothing: false.
     */
    public boolean verify(char[] password, String phc) {
        Objects.requireNonNull(password, "password");
        Optional<PhcHash> stored = PhcHash.parse(phc);
        if (stored.isEmpty()) {
            return false;
        }
        PhcHash expected = stored.get();
        byte[] actual = argon2(password, expected.cost, expected.salt, expected.hash.length);
        boolean equal = MessageDigest.isEqual(actual, expected.hash);
        Arrays.fill(actual, (byte) 0);
        return equal;
    }

    /**
     * Spends what {@link #verify} spends on a hash at the current cost, and answers false:
     * for a login to an account that does not exist, so that its answer comes as late as
     * a wrong password's.
     *
     * @return false, always
     */
    public boolean dummyVerify(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] actual = argon2(password, cost, dummySalt, HASH_BYTES);
        // Compared like a real hash, so that the work is the same; the answer is false whatever the comparison says.
        MessageDigest.isEqual(actual, dummyHash);
        Arrays.fill(actual, (byte) 0);
        return false;
    }

    /**
     * Whether a stored hash should be replaced by a new one (after a successful login, while
     * the password is at hand): true when it was made with another cost, salt length or hash
     * length than new hashes get, or is not a hash this class can read.
     */
    public boolean needsRehash(String phc) {
        return PhcHash.parse(phc)
                .map(stored -> !stored.cost.equals(cost)
                        || stored.salt.length != SALT_BYTES
                        || stored.hash.length != HASH_BYTES)
                .orElse(true);
    }

    private byte[] argon2(char[] password, Argon2Cost runCost, byte[] salt, int hashBytes) {
        byte[] passwordBytes = utf8Nfc(password);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(runCost.memoryKib())
                .withIterations(runCost.iterations())
                .withParallelism(runCost.parallelism())
                .withSalt(salt)
                .build();
        byte[] out = new byte[hashBytes];
        running.acquireUninterruptibly();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            generator.generateBytes(passwordBytes, out);
        } finally {
            running.release();
            Arrays.fill(passwordBytes, (byte) 0);
        }
        return out;
    }

    /**
     * The password as the bytes that are hashed: NFC, UTF-8. Encoded here rather than by
     * Bouncy Castle's {@code generateBytes(char[], ...)}, which leaves its copy unwiped.
     */
    private static byte[] utf8Nfc(char[] password) {
        char[] normalized = PasswordText.normalize(password);
        try {
            return PasswordText.utf8(normalized);
        } finally {
            PasswordText.wipeCopy(normalized, password);
        }
    }
}

package com.momentverse.account;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format, as the reference implementation and most
 * libraries write it:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in standard Base64
 * without padding. Storing the parameters with the hash lets old hashes verify after the
 * parameters change, and lets login see that they must be re-hashed.
 *
 * <p>Parsing is strict (only Argon2id, only version 19 = 0x13, parameters in this order,
 * costs within {@link Argon2Cost}'s bounds, salt of 8 to 64 bytes, hash of 16 to 64 bytes):
 * anything else is not a hash this application wrote, and is refused rather than guessed at.
 */
final class PhcHash {

    static final int VERSION = 0x13;

    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=([1-9]\\d{0,7}),t=([1-9]\\d{0,2}),p=([1-9]\\d{0,2})\\$([A-Za-z0-9+/]{11,86})\\$([A-Za-z0-9+/]{22,86})");
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private static final int MIN_SALT_BYTES = 8;
    private static final int MAX_BYTES = 64;
    private static final int MIN_HASH_BYTES = 16;

    final Argon2Cost cost;
    final byte[] salt;
    final byte[] hash;

    PhcHash(Argon2Cost cost, byte[] salt, byte[] hash) {
        this.cost = cost;
        this.salt = salt.clone();
        this.hash = hash.clone();
    }

    /** The hash read from its PHC string; empty when the text is not a well-formed Argon2id hash within bounds. */
    static Optional<PhcHash> parse(String phc) {
        if (phc == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(phc);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Argon2Cost cost = new Argon2Cost(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            byte[] salt = DECODER.decode(m.group(4));
            byte[] hash = DECODER.decode(m.group(5));
            if (salt.length < MIN_SALT_BYTES || salt.length > MAX_BYTES
                    || hash.length < MIN_HASH_BYTES || hash.length > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new PhcHash(cost, salt, hash));
        } catch (IllegalArgumentException e) {
            // Costs out of bounds, or Base64 of an impossible length (4n+1 characters).
            return Optional.empty();
        }
    }

    /** The PHC string, as stored. */
    String format() {
        return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }
}

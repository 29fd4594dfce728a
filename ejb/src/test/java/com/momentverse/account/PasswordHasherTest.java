package com.momentverse.account;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PasswordHasherTest {

    /** Cheap, so the tests run fast; the cost itself is tested with reference vectors. */
    private static final Argon2Cost CHEAP = new Argon2Cost(256, 1, 1);
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]{22})\\$([A-Za-z0-9+/]{43})");

    private final PasswordHasher hasher = new PasswordHasher(CHEAP);

    @Test
    void theDefaultIsTheOwaspCost() {
        assertThat(new PasswordHasher().cost()).isEqualTo(new Argon2Cost(19_456, 2, 1)).isEqualTo(Argon2Cost.OWASP);
    }

    @Test
    void aHashIsAPhcStringWithA16ByteSaltAndA32ByteHash() {
        String phc = hasher.hash("correct horse battery staple".toCharArray());
        Matcher m = PHC.matcher(phc);
        assertThat(m.matches()).as(phc).isTrue();
        assertThat(m.group(1) + "," + m.group(2) + "," + m.group(3)).isEqualTo("256,1,1");
    }

    @Test
    void roundTrip() {
        char[] password = "correct horse battery staple".toCharArray();
        String phc = hasher.hash(password);
        assertThat(hasher.verify(password, phc)).isTrue();
        assertThat(password).as("the caller's array is left alone").isEqualTo("correct horse battery staple".toCharArray());
    }

    @Test
    void aWrongPasswordFails() {
        String phc = hasher.hash("correct horse battery staple".toCharArray());
        assertThat(hasher.verify("correct horse battery stapl".toCharArray(), phc)).isFalse();
        assertThat(hasher.verify("Correct horse battery staple".toCharArray(), phc)).isFalse();
        assertThat(hasher.verify(new char[0], phc)).isFalse();
    }

    @Test
    void eachHashHasItsOwnSalt() {
        char[] password = "correct horse battery staple".toCharArray();
        String first = hasher.hash(password);
        String second = hasher.hash(password);
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify(password, first)).isTrue();
        assertThat(hasher.verify(password, second)).isTrue();
    }

    @Test
    void aTamperedHashFails() {
        char[] password = "correct horse battery staple".toCharArray();
        String phc = hasher.hash(password);
        Matcher m = PHC.matcher(phc);
        assertThat(m.matches()).isTrue();
        String salt = m.group(4);
        String hash = m.group(5);

        assertThat(hasher.verify(password, phc.replace(hash, flipFirst(hash)))).as("hash changed").isFalse();
        assertThat(hasher.verify(password, phc.replace(salt, flipFirst(salt)))).as("salt changed").isFalse();
        assertThat(hasher.verify(password, phc.replace("m=256,t=1", "m=256,t=2"))).as("iterations changed").isFalse();
        assertThat(hasher.verify(password, phc.replace("m=256", "m=264"))).as("memory changed").isFalse();
        assertThat(hasher.verify(password, phc.replace("$argon2id$", "$argon2i$"))).as("variant changed").isFalse();
        assertThat(hasher.verify(password, phc.replace("v=19", "v=16"))).as("version changed").isFalse();
        assertThat(hasher.verify(password, phc.substring(0, phc.length() - 1))).as("truncated").isFalse();
    }

    @Test
    void malformedOrOutOfBoundsStoredValuesVerifyNothing() {
        char[] password = "correct horse battery staple".toCharArray();
        String salt = "c29tZXNhbHRzb21lc2FsdA";
        String hash = "CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertThat(hasher.verify(password, null)).isFalse();
        assertThat(hasher.verify(password, "")).isFalse();
        assertThat(hasher.verify(password, "correct horse battery staple")).isFalse();
        assertThat(hasher.verify(password, "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy")).as("bcrypt").isFalse();
        assertThat(hasher.verify(password, "$argon2id$v=19$m=99999999,t=1,p=1$" + salt + "$" + hash)).as("95 GiB").isFalse();
        assertThat(hasher.verify(password, "$argon2id$v=19$m=256,t=999,p=1$" + salt + "$" + hash)).isFalse();
        assertThat(hasher.verify(password, "$argon2id$v=19$m=256,t=1,p=0$" + salt + "$" + hash)).isFalse();
        assertThat(hasher.verify(password, "$argon2id$v=19$m=0256,t=1,p=1$" + salt + "$" + hash)).as("leading zero").isFalse();
        assertThat(hasher.verify(password, "$argon2id$v=19$m=256,t=1,p=1$" + salt + "=$" + hash)).as("padding").isFalse();
        assertThat(hasher.verify(password, "$argon2id$v=19$m=256,t=1,p=1$" + salt + "A$" + hash)).as("impossible Base64 length").isFalse();
        assertThat(hasher.verify(password, "$argon2id$v=19$m=256,t=1,p=1$c29tZQ$" + hash)).as("4-byte salt").isFalse();
    }

    /** The reference implementation's own test vector (phc-winner-argon2, test.c), also printed by Debian's argon2 tool. */
    @Test
    void verifiesTheReferenceImplementationsVector() {
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertThat(hasher.verify("password".toCharArray(), reference)).isTrue();
        assertThat(hasher.verify("passwore".toCharArray(), reference)).isFalse();
    }

    /**
     * A hash at the OWASP cost from the reference implementation
     * ({@code echo -n "correct horse battery staple" | argon2 "MomentVerseSalt!" -id -t 2 -k 19456 -p 1 -l 32 -e}),
     * and our hash with the same salt is the same string.
     */
    @Test
    void agreesWithTheReferenceImplementationAtTheOwaspCost() {
        String reference = "$argon2id$v=19$m=19456,t=2,p=1$TW9tZW50VmVyc2VTYWx0IQ$Rrwgcz248CeP1To1bTLVU3EJZmWJ6b+QbQ5KxPRl49Q";
        PasswordHasher owasp = new PasswordHasher();
        assertThat(owasp.verify("correct horse battery staple".toCharArray(), reference)).isTrue();
        assertThat(owasp.needsRehash(reference)).isFalse();
        assertThat(PhcHash.parse(reference)).get().extracting(PhcHash::format).isEqualTo(reference);
    }

    /**
     * Passwords are hashed in NFC, as UTF-8. The reference hash was made from the NFC text
     * ({@code printf '%s' "Crème brûlée für Åsa" | argon2 saltsaltsaltsalt -id -t 1 -k 256 -p 1 -l 32 -e}).
     */
    @Test
    void composedAndDecomposedAccentsAreTheSamePassword() {
        String reference = "$argon2id$v=19$m=256,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$EKScTZ3fUHxrBfrIdkGyz9rphVMs5YVq3r4O27o8CSA";
        String composed = "Cr\u00e8me br\u00fbl\u00e9e f\u00fcr \u00c5sa";
        String decomposed = "Cre\u0300me bru\u0302le\u0301e fu\u0308r A\u030asa";
        assertThat(hasher.verify(composed.toCharArray(), reference)).isTrue();
        char[] decomposedChars = decomposed.toCharArray();
        assertThat(hasher.verify(decomposedChars, reference)).isTrue();
        assertThat(decomposedChars).as("the caller's array is left alone").isEqualTo(decomposed.toCharArray());
        String ours = hasher.hash(decomposed.toCharArray());
        assertThat(hasher.verify(composed.toCharArray(), ours)).isTrue();
    }

    @Test
    void needsRehashWhenTheCostOrFormatDiffers() {
        String phc = hasher.hash("correct horse battery staple".toCharArray());
        assertThat(hasher.needsRehash(phc)).isFalse();
        assertThat(new PasswordHasher(new Argon2Cost(512, 1, 1)).needsRehash(phc)).as("more memory").isTrue();
        assertThat(new PasswordHasher(new Argon2Cost(256, 2, 1)).needsRehash(phc)).as("more iterations").isTrue();
        assertThat(new PasswordHasher(new Argon2Cost(256, 1, 2)).needsRehash(phc)).as("more lanes").isTrue();
        assertThat(new PasswordHasher().needsRehash(phc)).as("the OWASP cost").isTrue();
        assertThat(hasher.needsRehash("$argon2id$v=19$m=256,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"))
                .as("an 8-byte salt").isTrue();
        assertThat(hasher.needsRehash("not a hash")).isTrue();
        assertThat(hasher.needsRehash(null)).isTrue();
    }

    @Test
    void dummyVerifyIsAlwaysFalse() {
        char[] password = "correct horse battery staple".toCharArray();
        assertThat(hasher.dummyVerify(password)).isFalse();
        assertThat(hasher.dummyVerify(new char[0])).isFalse();
        assertThat(password).isEqualTo("correct horse battery staple".toCharArray());
    }

    @Test
    void oneHasherServesManyThreads() throws Exception {
        PasswordHasher shared = new PasswordHasher(CHEAP, 2);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                char[] password = ("password number " + i).toCharArray();
                results.add(threads.submit(() -> shared.verify(password, shared.hash(password))
                        && !shared.verify("another one".toCharArray(), shared.hash(password))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void costsOutsideTheBoundsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Cost(7, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Cost(16, 1, 4));
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Cost(Argon2Cost.MAX_MEMORY_KIB + 1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Cost(256, 0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Argon2Cost(256, 1, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHasher(CHEAP, 0));
    }

    private static String flipFirst(String base64) {
        char first = base64.charAt(0);
        return (first == 'A' ? 'B' : 'A') + base64.substring(1);
    }
}

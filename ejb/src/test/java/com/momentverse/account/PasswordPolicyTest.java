package com.momentverse.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    private static final String EMAIL = "someone@example.com";
    /** A grinning face: one code point, two UTF-16 chars. */
    private static final String EMOJI = "\uD83D\uDE00";

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void lengthBoundariesInCodePoints() {
        assertThat(policy.check(letters(11), EMAIL)).containsExactly(PasswordViolation.TOO_SHORT);
        assertThat(policy.check(letters(12), EMAIL)).isEmpty();
        assertThat(policy.check(letters(128), EMAIL)).isEmpty();
        assertThat(policy.check(letters(129), EMAIL)).containsExactly(PasswordViolation.TOO_LONG);
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        assertThat(EMOJI.repeat(11)).hasSize(22);
        assertThat(policy.check(EMOJI.repeat(11), EMAIL)).containsExactly(PasswordViolation.TOO_SHORT);
        assertThat(policy.check(EMOJI.repeat(12), EMAIL)).isEmpty();
        assertThat(policy.check(EMOJI.repeat(128), EMAIL)).isEmpty();
        assertThat(policy.check(EMOJI.repeat(129), EMAIL)).containsExactly(PasswordViolation.TOO_LONG);
    }

    @Test
    void decomposedAccentsAreCountedAfterNfc() {
        String decomposedE = "e\u0301"; // "é" as "e" plus a combining acute accent
        assertThat(policy.check(decomposedE.repeat(11), EMAIL)).containsExactly(PasswordViolation.TOO_SHORT);
        assertThat(policy.check(decomposedE.repeat(12), EMAIL)).isEmpty();
        assertThat(policy.check(decomposedE.repeat(65), EMAIL)).as("130 chars, 65 characters").isEmpty();
    }

    @Test
    void nullAndEmptyAreTooShort() {
        assertThat(policy.check(null, EMAIL)).containsExactly(PasswordViolation.TOO_SHORT);
        assertThat(policy.check("", null)).containsExactly(PasswordViolation.TOO_SHORT);
    }

    @Test
    void noCompositionRules() {
        assertThat(policy.accepts("correct horse battery staple", EMAIL)).isTrue();
        assertThat(policy.accepts("zqxjvkwpmfhbt", EMAIL)).as("only lower-case letters").isTrue();
        assertThat(policy.accepts("8402957361045", EMAIL)).as("only digits").isTrue();
    }

    /** Real entries of zxcvbn4j's list that are 12 characters or longer. */
    @ParameterizedTest
    @ValueSource(strings = {"password1234", "qwerty123456", "1qaz2wsx3edc", "leavemealone", "justinbieber", "123456789987654321"})
    void commonPasswordsAreRefused(String common) {
        assertThat(CommonPasswords.entries()).contains(common);
        assertThat(policy.check(common, EMAIL)).containsExactly(PasswordViolation.COMMON);
    }

    @Test
    void commonPasswordsAreComparedCaseInsensitively() {
        assertThat(policy.check("PassWord1234", EMAIL)).containsExactly(PasswordViolation.COMMON);
        assertThat(policy.check("LEAVEMEALONE", EMAIL)).containsExactly(PasswordViolation.COMMON);
    }

    @Test
    void onlyTheWholePasswordIsCompared() {
        assertThat(policy.check("password1234 but longer", EMAIL)).isEmpty();
    }

    @Test
    void theListComesFromZxcvbn4jAndKeepsWhatCanMatter() {
        assertThat(CommonPasswords.readList()).hasSize(30_000).startsWith("123456", "password");
        assertThat(CommonPasswords.entries())
                .hasSizeGreaterThan(200)
                .allSatisfy(entry -> assertThat(entry.codePointCount(0, entry.length()))
                        .isGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH));
    }

    @Test
    void theEmailLocalPartIsRefusedCaseInsensitively() {
        String email = "Jonathan.Smith@example.com";
        assertThat(policy.check("my name is jonathan.smith!", email)).containsExactly(PasswordViolation.CONTAINS_EMAIL);
        assertThat(policy.check("XXJONATHAN.SMITHXX", email)).containsExactly(PasswordViolation.CONTAINS_EMAIL);
        assertThat(policy.check("jonathan smith is here", email)).as("not the local part as written").isEmpty();
        assertThat(policy.check("my mail is at example.com", email)).as("the domain is not a rule").isEmpty();
    }

    @Test
    void theLocalPartIsTheTextBeforeTheLastAt() {
        assertThat(PasswordPolicy.localPart("\"odd@name\"@example.com")).isEqualTo("\"odd@name\"");
        assertThat(PasswordPolicy.localPart("Émile@example.com")).isEqualTo("émile");
        assertThat(PasswordPolicy.localPart(null)).isEmpty();
    }

    @Test
    void aLocalPartShorterThanThreeCharactersIsIgnored() {
        assertThat(policy.check("my jo password here", "jo@example.com")).isEmpty();
        assertThat(policy.check("a long passphrase", "a@example.com")).isEmpty();
        assertThat(policy.check("my joe password here", "joe@example.com")).containsExactly(PasswordViolation.CONTAINS_EMAIL);
    }

    @Test
    void theLocalPartIsComparedAfterNfc() {
        String composed = "\u00e9mile@example.com";
        String decomposedPassword = "hello E\u0301MILE, it is me";
        assertThat(policy.check(decomposedPassword, composed)).containsExactly(PasswordViolation.CONTAINS_EMAIL);
    }

    @Test
    void everyViolationIsReported() {
        assertThat(policy.check("a" + "bob".repeat(43), "bob@example.com"))
                .containsExactly(PasswordViolation.TOO_LONG, PasswordViolation.CONTAINS_EMAIL);
        assertThat(policy.check("password1234", "password1234@example.com"))
                .containsExactly(PasswordViolation.COMMON, PasswordViolation.CONTAINS_EMAIL);
    }

    @Test
    void violationsHaveStableCodesAndMessages() {
        assertThat(PasswordViolation.TOO_SHORT.code()).isEqualTo("TOO_SHORT");
        assertThat(PasswordViolation.TOO_SHORT.message()).isEqualTo("must be at least 12 characters");
        assertThat(PasswordViolation.TOO_LONG.message()).isEqualTo("must be at most 128 characters");
        assertThat(PasswordViolation.values()).extracting(PasswordViolation::code)
                .containsExactly("TOO_SHORT", "TOO_LONG", "COMMON", "CONTAINS_EMAIL");
        assertThat(PasswordViolation.values()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    /** Distinct letters in a row, so no test password is common or contains the e-mail. */
    private static String letters(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('k' + i % 13));
        }
        return text.toString();
    }
}

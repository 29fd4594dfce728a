package com.momentverse.certificate;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateNumberTest {

    @Test
    void theAlphabetHasThirtyCharactersAndNoLookAlikes() {
        assertThat(CertificateNumber.ALPHABET).hasSize(30).doesNotContain("0", "1", "I", "L", "O", "U");
        assertThat(CertificateNumber.ALPHABET.chars().distinct().count()).isEqualTo(30);
    }

    @Test
    void randomNumbersAreCanonicalAndUseEveryCharacter() {
        Random random = new Random(7);
        Set<Character> seen = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            CertificateNumber number = CertificateNumber.random(random);
            assertThat(number.value()).matches("MV-[A-Z2-9]{4}-[A-Z2-9]{4}");
            number.value().substring(3).replace("-", "").chars().forEach(c -> seen.add((char) c));
            numbers.add(number.value());
        }
        assertThat(seen).hasSize(30);
        assertThat(numbers).hasSize(10_000);
    }

    @Test
    void readsWhatPeopleTypeLeniently() {
        assertThat(CertificateNumber.parse("MV-7K3Q-9XWD")).contains(new CertificateNumber("MV-7K3Q-9XWD"));
        assertThat(CertificateNumber.parse(" mv 7k3q 9xwd ")).contains(new CertificateNumber("MV-7K3Q-9XWD"));
        assertThat(CertificateNumber.parse("7K3Q9XWD")).contains(new CertificateNumber("MV-7K3Q-9XWD"));
    }

    @Test
    void refusesWhatCannotBeANumber() {
        assertThat(CertificateNumber.parse(null)).isEmpty();
        assertThat(CertificateNumber.parse("MV-7K3Q-9XW")).isEmpty();
        assertThat(CertificateNumber.parse("MV-7K3Q-9XWO")).isEmpty(); // O is not in the alphabet
        assertThat(CertificateNumber.parse("MV-1K3Q-9XWD")).isEmpty();
        assertThat(CertificateNumber.parse("../../etc/passwd")).isEmpty();
        assertThatThrownBy(() -> new CertificateNumber("mv-7k3q-9xwd")).isInstanceOf(IllegalArgumentException.class);
    }
}

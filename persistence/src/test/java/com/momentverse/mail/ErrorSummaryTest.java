package com.momentverse.mail;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorSummaryTest {

    @Test
    void keepsTheClassAndTheFirstLineOnly() {
        var failure = new IOException("Couldn't connect to host, port: localhost, 25; timeout -1\n\tat somewhere\nmore");
        assertThat(ErrorSummary.of(failure))
                .isEqualTo("java.io.IOException: Couldn't connect to host, port: localhost, 25; timeout -1");
        assertThat(ErrorSummary.of(new ConnectException())).isEqualTo("java.net.ConnectException");
        assertThat(ErrorSummary.of(new IllegalStateException("  \n "))).isEqualTo("java.lang.IllegalStateException");
    }

    @Test
    void masksCredentials() {
        assertThat(ErrorSummary.of(new IOException("cannot reach smtp://mailer:hunter2@smtp.example.com:587")))
                .isEqualTo("java.io.IOException: cannot reach smtp://***@smtp.example.com:587");
        assertThat(ErrorSummary.clip("login failed, password=hunter2 user=ada")).doesNotContain("hunter2");
        assertThat(ErrorSummary.clip("Authorization: Basic bWFpbGVyOmh1bnRlcjI=")).doesNotContain("bWFpbGVy");
        assertThat(ErrorSummary.clip("535 5.7.8 Username and Password not accepted"))
                .isEqualTo("535 5.7.8 Username and Password not accepted");
    }

    @Test
    void clipsToTheColumnWithoutSplittingACharacter() {
        assertThat(ErrorSummary.clip("x".repeat(600))).hasSize(500);
        String emoji = "😀";
        String clipped = ErrorSummary.clip("x".repeat(499) + emoji + "tail");
        assertThat(clipped).hasSize(499);
        assertThat(ErrorSummary.clip("a\tb\u0007c")).isEqualTo("a b c");
        assertThat(ErrorSummary.clip(null)).isNull();
    }
}

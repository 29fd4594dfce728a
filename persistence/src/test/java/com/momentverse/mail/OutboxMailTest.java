package com.momentverse.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of an outbox mail: claim, send, fail with backoff, give up, retry. */
class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
    private static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(30), Duration.ofHours(1));
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Test
    void aNewMailIsPendingAndDueAtOnce() {
        OutboxMail mail = mail();
        assertThat(mail.getId()).isNotNull();
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getCreatedAt()).isEqualTo(T0);
        assertThat(mail.isDue(T0)).isTrue();
        assertThat(mail.isDue(T0.minusMillis(1))).isFalse();
    }

    @Test
    void aClaimHoldsTheMailForTheLease() {
        OutboxMail mail = mail();
        mail.claim(T0, LEASE);
        assertThat(mail.isDue(T0.plusSeconds(299))).isFalse();
        assertThat(mail.isDue(T0.plus(LEASE))).as("due again if the claimant never reports").isTrue();
        assertThatThrownBy(() -> mail.claim(T0.plusSeconds(1), LEASE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSentMailIsDone() {
        OutboxMail mail = mail();
        mail.claim(T0, LEASE);
        mail.markSent(T0.plusSeconds(2));
        assertThat(mail.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(mail.getSentAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.isDue(T0.plus(Duration.ofDays(1)))).isFalse();
        assertThatThrownBy(() -> mail.markSent(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> mail.retry(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failedAttemptsBackOffExponentiallyThenTheMailFails() {
        OutboxMail mail = mail();
        Instant now = T0;
        long[] expectedDelays = {30, 60, 120, 240, 480, 960, 1920, 3600, 3600};
        for (int attempt = 1; attempt <= 9; attempt++) {
            mail.claim(now, LEASE);
            MailStatus status = mail.markAttemptFailed(now, BACKOFF, 10, "java.net.ConnectException: refused " + attempt);
            assertThat(status).isEqualTo(MailStatus.PENDING);
            assertThat(mail.getAttempts()).isEqualTo(attempt);
            assertThat(Duration.between(now, mail.getNextAttemptAt())).hasSeconds(expectedDelays[attempt - 1]);
            assertThat(mail.isDue(mail.getNextAttemptAt().minusMillis(1))).isFalse();
            now = mail.getNextAttemptAt();
        }
        mail.claim(now, LEASE);
        assertThat(mail.markAttemptFailed(now, BACKOFF, 10, "tenth")).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(10);
        assertThat(mail.getLastError()).isEqualTo("tenth");
        assertThat(mail.isDue(now.plus(Duration.ofDays(365)))).as("a failed mail is never sent by itself").isFalse();
    }

    @Test
    void anAdministratorRetriesAFailedMailWithFreshAttempts() {
        OutboxMail mail = mail();
        mail.markAttemptFailed(T0, BACKOFF, 1, "rejected");
        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);

        Instant later = T0.plus(Duration.ofDays(2));
        mail.retry(later);
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.isDue(later)).isTrue();
        assertThat(mail.getLastError()).isEqualTo("rejected");
        assertThatThrownBy(() -> mail.retry(later)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPostponedMailKeepsItsAttemptsAndStaysPending() {
        OutboxMail mail = mail();
        for (int i = 0; i < 50; i++) {
            mail.claim(T0.plusSeconds(30L * i), LEASE);
            mail.postpone(T0.plusSeconds(30L * i), Duration.ofSeconds(30), "server down");
        }
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getNextAttemptAt()).isEqualTo(T0.plusSeconds(30L * 50));
        assertThat(mail.getLastError()).isEqualTo("server down");
    }

    @Test
    void theLastErrorIsClippedAndMaskedOnTheEntityToo() {
        OutboxMail mail = mail();
        mail.markAttemptFailed(T0, BACKOFF, 10, "smtp://mailer:hunter2@smtp.example.com " + "x".repeat(1000));
        assertThat(mail.getLastError()).hasSize(ErrorSummary.MAX_LENGTH).doesNotContain("hunter2");
    }

    @Test
    void headerValuesWithLineBreaksOrNothingAreRefused() {
        assertThatThrownBy(() -> OutboxMail.pending(MailKind.VERIFY_EMAIL, "a@example.com\r\nBcc: b@example.com",
                "s", "t", "h", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxMail.pending(MailKind.VERIFY_EMAIL, "a@example.com", "s\nX-Evil: 1",
                "t", "h", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxMail.pending(MailKind.VERIFY_EMAIL, " ", "s", "t", "h", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxMail.pending(MailKind.VERIFY_EMAIL, "a".repeat(321), "s", "t", "h", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxMail.pending(null, "a@example.com", "s", "t", "h", T0))
                .isInstanceOf(NullPointerException.class);
    }

    private static OutboxMail mail() {
        return OutboxMail.pending(MailKind.VERIFY_EMAIL, "ada@example.com", "Confirm your e-mail address",
                "Hello", "<p>Hello</p>", T0);
    }
}

package com.momentverse.mail;

import com.momentverse.account.Caller;
import com.momentverse.admin.AuditLog;
import com.momentverse.common.NotFoundException;
import com.momentverse.common.StateConflictException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Administrators send failed mails again, one or all, each retry audited; the counts cover every state. */
class MailAdminTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Caller ADMIN = new Caller(UUID.randomUUID(), true);

    private final Map<UUID, OutboxMail> mails = new LinkedHashMap<>();
    private final List<String> audited = new ArrayList<>();
    private MailAdmin admin;

    @BeforeEach
    void wire() {
        admin = new MailAdmin();
        admin.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        admin.outbox = new OutboxRepository() {
            @Override
            public Optional<OutboxMail> find(UUID id) {
                return Optional.ofNullable(mails.get(id));
            }

            @Override
            public List<UUID> failedIds(int limit) {
                return mails.values().stream().filter(m -> m.getStatus() == MailStatus.FAILED)
                        .map(OutboxMail::getId).limit(limit).toList();
            }

            @Override
            public Map<MailStatus, Long> countByStatus() {
                Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
                mails.values().forEach(m -> counts.merge(m.getStatus(), 1L, Long::sum));
                return counts;
            }
        };
        admin.audit = new AuditLog() {
            @Override
            public void record(String actor, String action, String subject, String detail) {
                audited.add(actor + " " + action + " " + subject + " " + detail);
            }
        };
    }

    @Test
    void aFailedMailIsDueAgainAtOnceWithFreshAttemptsAndTheRetryIsAudited() {
        OutboxMail mail = failed();
        admin.retry(ADMIN, mail.getId());
        assertThat(mail.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.isDue(NOW)).isTrue();
        assertThat(audited).containsExactly(ADMIN.accountId() + " mail.retried mail:" + mail.getId() + " VERIFY_EMAIL");
    }

    @Test
    void onlyAFailedMailCanBeRetried() {
        OutboxMail pending = pending();
        assertThatThrownBy(() -> admin.retry(ADMIN, pending.getId())).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> admin.retry(ADMIN, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(audited).isEmpty();
    }

    @Test
    void retryAllTakesEveryFailedMailAndCountsCoverEveryState() {
        failed();
        failed();
        pending();
        assertThat(admin.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                MailStatus.PENDING, 1L, MailStatus.SENT, 0L, MailStatus.FAILED, 2L));
        assertThat(admin.retryAll(ADMIN)).isEqualTo(2);
        assertThat(admin.counts()).containsEntry(MailStatus.PENDING, 3L).containsEntry(MailStatus.FAILED, 0L);
        assertThat(audited).hasSize(2);
    }

    private OutboxMail pending() {
        OutboxMail mail = OutboxMail.pending(MailKind.VERIFY_EMAIL, "a@example.test", "Subject", "text", "<p>html</p>",
                NOW.minusSeconds(600));
        mails.put(mail.getId(), mail);
        return mail;
    }

    private OutboxMail failed() {
        OutboxMail mail = pending();
        mail.markAttemptFailed(NOW.minusSeconds(300), new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1)), 1,
                "550 no such user");
        return mail;
    }
}

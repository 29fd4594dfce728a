package com.momentverse.mail;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender's loop with the real delivery steps and entities, on an in-memory outbox and
 * a scripted mailer: what is sent, retried, postponed and given up.
 */
class OutboxSenderTest {

    private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final List<MailMessage> offered = new ArrayList<>();
    private Mailer mailer = offered::add;
    private OutboxSender sender;

    @BeforeEach
    void wire() {
        OutboxSettings settings = new OutboxSettings();
        settings.pollSeconds = 5;
        settings.retryBaseSeconds = 30;
        settings.retryMaxSeconds = 3600;
        settings.maxAttempts = 3;
        settings.claimSeconds = 300;
        settings.check();

        OutboxDelivery delivery = new OutboxDelivery();
        delivery.outbox = outbox;
        delivery.settings = settings;
        delivery.meters = new io.micrometer.core.instrument.simple.SimpleMeterRegistry();

        sender = new OutboxSender();
        sender.delivery = delivery;
        sender.settings = settings;
        sender.clock = clock;
        sender.mailer = message -> mailer.send(message);
    }

    @Test
    void dueMailsAreSentOldestFirstAndMarkedSent() {
        OutboxMail second = queue("second@example.com", T0.minusSeconds(10));
        OutboxMail first = queue("first@example.com", T0.minusSeconds(60));
        OutboxMail later = queue("later@example.com", T0.plusSeconds(60));

        assertThat(sender.sendDue()).isEqualTo(2);

        assertThat(offered).extracting(MailMessage::recipient).containsExactly("first@example.com", "second@example.com");
        assertThat(first.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(first.getSentAt()).isEqualTo(T0);
        assertThat(second.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(later.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(offered.get(0).subject()).isEqualTo("Subject for first@example.com");
        assertThat(sender.sendDue()).as("nothing is sent twice").isZero();
    }

    @Test
    void aRejectedMailBacksOffWithoutHoldingUpTheOthers() {
        OutboxMail bad = queue("bad@example.com", T0.minusSeconds(60));
        OutboxMail good = queue("good@example.com", T0.minusSeconds(10));
        mailer = message -> {
            if (message.recipient().startsWith("bad")) {
                throw MailDeliveryException.rejected(new MessagingException("550 5.1.1 mailbox unavailable\nmore"));
            }
            offered.add(message);
        };

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(good.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(bad.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(bad.getAttempts()).isEqualTo(1);
        assertThat(bad.getNextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(bad.getLastError()).isEqualTo("jakarta.mail.MessagingException: 550 5.1.1 mailbox unavailable");
    }

    @Test
    void aMailThatKeepsFailingIsMarkedFailedAndKept() {
        OutboxMail mail = queue("bad@example.com", T0);
        mailer = message -> {
            throw MailDeliveryException.rejected(new MessagingException("550 no such user"));
        };

        sender.sendDue();
        clock.set(mail.getNextAttemptAt());
        sender.sendDue();
        assertThat(mail.getNextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));
        clock.set(mail.getNextAttemptAt());
        sender.sendDue();

        assertThat(mail.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(mail.getAttempts()).isEqualTo(3);
        assertThat(outbox.failed(0, 10)).containsExactly(mail);
        clock.set(T0.plus(Duration.ofDays(1)));
        assertThat(sender.sendDue()).isZero();
        assertThat(mail.getAttempts()).isEqualTo(3);
    }

    @Test
    void anUnexpectedExceptionCountsAsAFailedAttempt() {
        OutboxMail mail = queue("ada@example.com", T0);
        mailer = message -> {
            throw new IllegalStateException("bug");
        };

        assertThat(sender.sendDue()).isZero();

        assertThat(mail.getAttempts()).isEqualTo(1);
        assertThat(mail.getLastError()).isEqualTo("java.lang.IllegalStateException: bug");
    }

    @Test
    void whileTheServerIsDownMailsWaitWithoutUsingUpAttempts() {
        OutboxMail first = queue("first@example.com", T0.minusSeconds(60));
        OutboxMail second = queue("second@example.com", T0.minusSeconds(10));
        List<String> tried = new ArrayList<>();
        mailer = message -> {
            tried.add(message.recipient());
            throw MailDeliveryException.serverUnavailable(
                    new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));
        };

        // An outage of an hour: the node tries one mail per base delay (30 s), never more.
        for (int tick = 0; tick < 720; tick++) {
            assertThat(sender.sendDue()).isZero();
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(tried).hasSize(120);
        assertThat(first.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(second.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(first.getAttempts()).isZero();
        assertThat(second.getAttempts()).isZero();
        assertThat(first.getLastError()).startsWith("jakarta.mail.MessagingException: Couldn't connect");

        mailer = offered::add;
        clock.advance(Duration.ofSeconds(30));
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(first.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(second.getStatus()).isEqualTo(MailStatus.SENT);
    }

    @Test
    void runsDoNotOverlap() {
        queue("ada@example.com", T0);
        List<Integer> nested = new ArrayList<>();
        mailer = message -> {
            nested.add(sender.sendDue());
            offered.add(message);
        };

        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(nested).containsExactly(0);
        assertThat(offered).hasSize(1);
    }

    @Test
    void aMailClaimedElsewhereIsLeftAlone() {
        OutboxMail mail = queue("ada@example.com", T0);
        mail.claim(T0, Duration.ofMinutes(5));

        assertThat(sender.sendDue()).isZero();
        assertThat(offered).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(sender.sendDue()).as("due again once the other node's lease has run out").isEqualTo(1);
    }

    private OutboxMail queue(String recipient, Instant createdAt) {
        OutboxMail mail = OutboxMail.pending(MailKind.VERIFY_EMAIL, recipient, "Subject for " + recipient,
                "text", "<p>html</p>", createdAt);
        outbox.add(mail);
        return mail;
    }

    /** The repository's contract on a map; versions do not change without JPA, which the delivery tolerates. */
    static final class InMemoryOutbox extends OutboxRepository {

        private final Map<UUID, OutboxMail> mails = new LinkedHashMap<>();

        @Override
        public void add(OutboxMail mail) {
            mails.put(mail.getId(), mail);
        }

        @Override
        public void flush() {
            // nothing to write
        }

        @Override
        public Optional<OutboxMail> find(UUID id) {
            return Optional.ofNullable(mails.get(id));
        }

        @Override
        public List<OutboxMail> due(Instant now, int limit) {
            return mails.values().stream()
                    .filter(mail -> mail.getStatus() == MailStatus.PENDING && !mail.getNextAttemptAt().isAfter(now))
                    .sorted(Comparator.comparing(OutboxMail::getNextAttemptAt))
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<OutboxMail> failed(int offset, int limit) {
            return mails.values().stream().filter(mail -> mail.getStatus() == MailStatus.FAILED)
                    .skip(offset).limit(limit).toList();
        }

        @Override
        public long count(MailStatus status) {
            return mails.values().stream().filter(mail -> mail.getStatus() == status).count();
        }
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}

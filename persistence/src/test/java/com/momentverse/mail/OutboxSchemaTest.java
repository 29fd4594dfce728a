package com.momentverse.mail;

import com.momentverse.testing.H2Hibernate;
import com.momentverse.testing.MigratedH2;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the whole changelog on an in-memory H2 database in PostgreSQL mode (as the embedded
 * server uses it), then checks the outbox table against the entity with Hibernate's schema
 * validator and runs the repository and the optimistic lock on it. PostgreSQL is covered by
 * the integration tests (SchemaIT validates every mapped entity there).
 */
class OutboxSchemaTest {

    private static final String URL = MigratedH2.url("outbox");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static SessionFactory factory;

    @BeforeAll
    static void migrate() throws Exception {
        MigratedH2.migrate(URL);
        factory = H2Hibernate.sessionFactory(URL, "none", OutboxMail.class);
    }

    @AfterAll
    static void close() {
        if (factory != null) {
            factory.close();
        }
    }

    @BeforeEach
    void emptyOutbox() {
        inTransaction(em -> em.createQuery("DELETE FROM OutboxMail").executeUpdate());
    }

    @Test
    void changelogCreatesTheOutboxTableAndItsDueIndex() throws Exception {
        try (Connection connection = DriverManager.getConnection(URL);
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'MAIL_OUTBOX'"))
                    .isEqualTo("1");
            assertThat(single(statement, "SELECT data_type FROM information_schema.columns"
                    + " WHERE table_name = 'MAIL_OUTBOX' AND column_name = 'NEXT_ATTEMPT_AT'"))
                    .isEqualTo("TIMESTAMP WITH TIME ZONE");
            assertThat(single(statement, "SELECT COUNT(*) FROM information_schema.indexes WHERE index_name = 'MAIL_OUTBOX_DUE'"))
                    .isEqualTo("1");
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO mail_outbox"
                    + " (id, kind, recipient, subject, body_text, body_html, status, attempts, next_attempt_at, created_at, version)"
                    + " VALUES (RANDOM_UUID(), 'VERIFY_EMAIL', 'a@example.com', 's', 't', 'h', 'LOST', 0, NOW(), NOW(), 0)"))
                    .as("the status check constraint").hasMessageContaining("MAIL_OUTBOX_STATUS_CHECK");
        }
    }

    @Test
    void mappingMatchesTheMigratedSchema() {
        // Fails on a missing table or column, or a column of the wrong type.
        factory.getSchemaManager().validateMappedObjects();
    }

    @Test
    void mailsRoundTripWithInstantsIntact() {
        OutboxMail mail = mail("ada@example.com", NOW);
        inTransaction(em -> repository(em).add(mail));

        EntityManager em = factory.createEntityManager();
        try {
            OutboxMail stored = repository(em).find(mail.getId()).orElseThrow();
            assertThat(stored.getCreatedAt()).isEqualTo(NOW);
            assertThat(stored.getNextAttemptAt()).isEqualTo(NOW);
            assertThat(stored.getStatus()).isEqualTo(MailStatus.PENDING);
            assertThat(stored.getKind()).isEqualTo(MailKind.VERIFY_EMAIL);
            assertThat(stored.getBodyHtml()).isEqualTo("<p>" + "x".repeat(20_000) + "</p>");
        } finally {
            em.close();
        }
    }

    @Test
    void dueListsPendingMailsWhoseTimeHasComeOldestFirst() {
        OutboxMail later = mail("later@example.com", NOW.minusSeconds(10));
        OutboxMail earlier = mail("earlier@example.com", NOW.minusSeconds(60));
        OutboxMail future = mail("future@example.com", NOW.plusSeconds(60));
        OutboxMail sent = mail("sent@example.com", NOW.minusSeconds(120));
        sent.markSent(NOW.minusSeconds(100));
        OutboxMail failed = mail("failed@example.com", NOW.minusSeconds(120));
        failed.markAttemptFailed(NOW.minusSeconds(110), new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1)), 1, "boom");
        inTransaction(em -> {
            OutboxRepository outbox = repository(em);
            for (OutboxMail mail : new OutboxMail[] {later, earlier, future, sent, failed}) {
                outbox.add(mail);
            }
        });

        EntityManager em = factory.createEntityManager();
        try {
            OutboxRepository outbox = repository(em);
            assertThat(outbox.due(NOW, 10)).extracting(OutboxMail::getRecipient)
                    .containsExactly("earlier@example.com", "later@example.com");
            assertThat(outbox.due(NOW, 1)).extracting(OutboxMail::getRecipient).containsExactly("earlier@example.com");
            assertThat(outbox.failed(0, 10)).extracting(OutboxMail::getRecipient).containsExactly("failed@example.com");
            assertThat(outbox.count(MailStatus.PENDING)).isEqualTo(3);
            assertThat(outbox.count(MailStatus.SENT)).isEqualTo(1);
            assertThat(outbox.countByStatus()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                    MailStatus.PENDING, 3L, MailStatus.SENT, 1L, MailStatus.FAILED, 1L));
            assertThat(outbox.failedIds(10)).containsExactly(failed.getId());
        } finally {
            em.close();
        }
    }

    @Test
    void twoSendersClaimingOneMailConflictAndOnlyOneWins() {
        OutboxMail mail = mail("ada@example.com", NOW);
        inTransaction(em -> repository(em).add(mail));

        EntityManager node1 = factory.createEntityManager();
        EntityManager node2 = factory.createEntityManager();
        try {
            node1.getTransaction().begin();
            node2.getTransaction().begin();
            OutboxMail seenBy1 = node1.find(OutboxMail.class, mail.getId());
            OutboxMail seenBy2 = node2.find(OutboxMail.class, mail.getId());
            seenBy1.claim(NOW, Duration.ofMinutes(5));
            seenBy2.claim(NOW, Duration.ofMinutes(5));
            node1.getTransaction().commit();
            assertThatThrownBy(() -> node2.getTransaction().commit())
                    .isInstanceOfAny(OptimisticLockException.class, RollbackException.class);
        } finally {
            node1.close();
            node2.close();
        }

        EntityManager em = factory.createEntityManager();
        try {
            OutboxMail claimed = em.find(OutboxMail.class, mail.getId());
            assertThat(claimed.getVersion()).isEqualTo(1);
            assertThat(claimed.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
            assertThat(repository(em).due(NOW, 10)).isEmpty();
        } finally {
            em.close();
        }
    }

    private static OutboxMail mail(String recipient, Instant createdAt) {
        return OutboxMail.pending(MailKind.VERIFY_EMAIL, recipient, "Confirm your e-mail address",
                "text", "<p>" + "x".repeat(20_000) + "</p>", createdAt);
    }

    private static OutboxRepository repository(EntityManager em) {
        OutboxRepository repository = new OutboxRepository();
        repository.em = em;
        return repository;
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    /** Stands in for Hibernate's JSON mapper, which would otherwise look for a JSON-B provider. */

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}

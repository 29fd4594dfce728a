package com.momentverse.admin;

import com.momentverse.common.NewestFirst;
import com.momentverse.testing.AdminDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the audit log on the real schema: each filter, newest first, page after page without
 * a gap or a repeat, also between entries of the same instant.
 */
class AuditRepositoryTest {

    private static final Instant T = Instant.parse("2024-05-10T12:00:00Z");

    private static AdminDatabase db;
    /** A marker in every subject of this class, so other tests' entries never match. */
    private static final String MARK = UUID.randomUUID().toString();
    private static final String ADA = "ada-" + MARK;

    @BeforeAll
    static void fill() throws Exception {
        db = AdminDatabase.open();
        db.inTransaction(em -> {
            em.persist(new AuditEntry(T, ADA, "account.admin-granted", "account:1-" + MARK, null));
            em.persist(new AuditEntry(T.plusSeconds(60), ADA, "account.disabled", "account:2-" + MARK, null));
            em.persist(new AuditEntry(T.plusSeconds(120), "stripe", "order.paid", "order:3-" + MARK, "total $4.99"));
            em.persist(new AuditEntry(T.plusSeconds(86_400), ADA, "order.refunded", "order:3-" + MARK, null));
            // Five at the very same instant: pages must still split them without loss.
            for (int i = 0; i < 5; i++) {
                em.persist(new AuditEntry(T.plusSeconds(200), "system", "mail.retried", "mail:" + i + "-" + MARK, null));
            }
            return null;
        });
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void filtersByActorActionPrefixSubjectTextAndPeriod() {
        assertThat(actions(new AuditFilter(ADA, null, null, null, null)))
                .containsExactly("order.refunded", "account.disabled", "account.admin-granted");
        assertThat(actions(new AuditFilter(null, "account.", MARK, null, null)))
                .containsExactly("account.disabled", "account.admin-granted");
        assertThat(actions(new AuditFilter(null, null, "order:3-" + MARK, null, null)))
                .containsExactly("order.refunded", "order.paid");
        assertThat(actions(new AuditFilter(null, null, MARK, T.plusSeconds(60), T.plusSeconds(121))))
                .containsExactly("order.paid", "account.disabled");
        assertThat(actions(new AuditFilter(ADA, "order.", MARK, null, T.plusSeconds(86_400)))).isEmpty();
    }

    @Test
    void wildcardsInTheSearchAreTakenLiterally() {
        assertThat(actions(new AuditFilter(null, "%", MARK, null, null))).isEmpty();
        assertThat(actions(new AuditFilter(null, null, "order_3-" + MARK, null, null))).isEmpty();
    }

    @Test
    void pagesFollowEachOtherNewestFirstWithoutGapOrRepeat() {
        AuditFilter mine = new AuditFilter(null, null, MARK, null, null);
        List<AuditEntry> all = search(mine, null, 100);
        assertThat(all).hasSize(9);
        assertThat(all).isSortedAccordingTo((a, b) -> b.getAt().compareTo(a.getAt()));

        List<UUID> paged = new ArrayList<>();
        NewestFirst after = null;
        for (int page = 0; page < 10; page++) {
            List<AuditEntry> entries = search(mine, after, 2);
            entries.forEach(entry -> paged.add(entry.getId()));
            if (entries.size() < 2) {
                break;
            }
            AuditEntry last = entries.get(entries.size() - 1);
            after = new NewestFirst(last.getAt(), last.getId());
        }
        assertThat(paged).containsExactlyElementsOf(all.stream().map(AuditEntry::getId).toList());
    }

    private static List<String> actions(AuditFilter filter) {
        return search(filter, null, 100).stream().map(AuditEntry::getAction).toList();
    }

    private static List<AuditEntry> search(AuditFilter filter, NewestFirst after, int limit) {
        return db.inTransaction(em -> {
            AuditRepository repository = new AuditRepository();
            repository.em = em;
            return repository.search(filter, after, limit);
        });
    }
}

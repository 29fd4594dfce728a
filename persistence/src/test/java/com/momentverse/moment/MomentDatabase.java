package com.momentverse.moment;

import com.momentverse.account.Account;
import com.momentverse.common.Span;
import com.momentverse.order.CustomerOrder;
import com.momentverse.star.Star;
import com.momentverse.testing.H2Hibernate;
import com.momentverse.testing.MigratedH2;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Function;

/**
 * The real schema on H2 (as the embedded server runs it) with the moment mappings, and one
 * account that owns the moments the tests hold.
 */
final class MomentDatabase implements AutoCloseable {

    final SessionFactory factory;
    final UUID owner;

    private MomentDatabase(SessionFactory factory, UUID owner) {
        this.factory = factory;
        this.owner = owner;
    }

    static MomentDatabase open(String name) throws Exception {
        String url = MigratedH2.url(name);
        MigratedH2.migrate(url);
        SessionFactory factory = H2Hibernate.sessionFactory(url, "none",
                Account.class, Star.class, Moment.class, CustomerOrder.class);
        Account account = new Account("Owner", UUID.randomUUID() + "@example.test", "hash", Instant.now());
        MomentDatabase db = new MomentDatabase(factory, account.getId());
        db.inTransaction(em -> {
            em.persist(account);
            return null;
        });
        return db;
    }

    /** Runs the work in a transaction of its own, with a repository over its entity manager. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        return H2Hibernate.inTransaction(factory, work);
    }

    static MomentRepository repository(EntityManager em) {
        MomentRepository repository = new MomentRepository();
        repository.em = em;
        return repository;
    }

    /** Holds a span (and star) for the owner in a transaction of its own. */
    Moment hold(Span span, Star star) {
        return inTransaction(em -> {
            Moment moment = Moment.hold(owner, span, ZoneOffset.UTC, MomentText.of("Test", null, null),
                    Visibility.PUBLIC, star == null ? null : em.find(Star.class, star.getHip()), false, null, Instant.now());
            repository(em).hold(moment);
            return moment;
        });
    }

    Moment hold(long start, long end) {
        return hold(Span.ofEpochSeconds(start, end), null);
    }

    @Override
    public void close() {
        factory.close();
    }
}

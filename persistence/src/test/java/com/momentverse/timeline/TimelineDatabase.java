package com.momentverse.timeline;

import com.momentverse.account.Account;
import com.momentverse.common.Span;
import com.momentverse.moment.Moment;
import com.momentverse.moment.MomentStatus;
import com.momentverse.moment.MomentText;
import com.momentverse.moment.Visibility;
import com.momentverse.star.Star;
import com.momentverse.testing.H2Hibernate;
import com.momentverse.testing.MigratedH2;
import com.momentverse.testing.Transactions;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The real schema, migrated by the real changelog, with the timeline's repositories over it: on a
 * named in-memory H2 database of its own (as the embedded server runs it), or on the PostgreSQL
 * database at {@code -Dmv.timeline.pg.url} (its public schema is emptied first), so that the same
 * tests show both agree. Accounts own the moments; moments are written in any state.
 */
final class TimelineDatabase implements AutoCloseable {

    /**
     * The PostgreSQL database of the PostgreSQL runs of the tests: a JDBC URL (user postgres unless
     * it names one). The build passes {@code MV_TEST_DB_URL} here when it is set (CI); without it
     * the tests start an embedded PostgreSQL of their own, once per run.
     */
    static final String PG_PROPERTY = "mv.timeline.pg.url";

    private static String pgUrl;

    final SessionFactory factory;
    final UUID owner;

    private TimelineDatabase(SessionFactory factory, UUID owner) {
        this.factory = factory;
        this.owner = owner;
    }

    /** A new H2 database of this name, migrated. */
    static TimelineDatabase h2(String name) throws Exception {
        return open(MigratedH2.url(name));
    }

    /** The PostgreSQL test database, emptied and migrated. */
    static TimelineDatabase postgresql() throws Exception {
        String url = pgUrl();
        try (var connection = java.sql.DriverManager.getConnection(url);
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
        return open(url);
    }

    /** The given database's URL, or that of an embedded PostgreSQL started now (and stopped when the run ends). */
    private static synchronized String pgUrl() throws java.io.IOException {
        if (pgUrl == null) {
            String given = System.getProperty(PG_PROPERTY, "").trim();
            if (!given.isEmpty()) {
                pgUrl = given.contains("user=") ? given : given + (given.contains("?") ? "&" : "?") + "user=postgres";
            } else {
                var embedded = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (java.io.IOException e) {
                        // the run is over; its temporary directory goes with it
                    }
                }));
                pgUrl = embedded.getJdbcUrl("postgres", "postgres");
                System.out.println("[timeline tests] no " + PG_PROPERTY + ": an embedded PostgreSQL at " + pgUrl);
            }
        }
        return pgUrl;
    }

    private static TimelineDatabase open(String url) throws Exception {
        MigratedH2.migrate(url);
        SessionFactory factory = H2Hibernate.sessionFactory(url, "none", Account.class, Star.class, Moment.class);
        TimelineDatabase db = new TimelineDatabase(factory, null);
        UUID owner = db.account("Owner");
        return new TimelineDatabase(factory, owner);
    }

    /** A new account of this name; its id. */
    UUID account(String name) {
        return inTransaction(em -> {
            Account account = new Account(name, UUID.randomUUID() + "@example.test", "hash", Instant.now());
            em.persist(account);
            return account.getId();
        });
    }

    /** Runs the work in a transaction of its own. */
    <T> T inTransaction(Function<EntityManager, T> work) {
        return Transactions.inTransaction(factory, work);
    }

    /** Runs the work with a timeline repository, in a transaction of its own. */
    <T> T timeline(Function<TimelineRepository, T> work) {
        return inTransaction(em -> {
            TimelineRepository repository = new TimelineRepository();
            repository.em = em;
            return work.apply(repository);
        });
    }

    /** Runs the work with a community repository, in a transaction of its own. */
    <T> T community(Function<CommunityRepository, T> work) {
        return inTransaction(em -> {
            CommunityRepository repository = new CommunityRepository();
            repository.em = em;
            return work.apply(repository);
        });
    }

    /** What a test moment is: where, in which state, with which words and star. */
    record Spec(Span span, MomentStatus status, Visibility visibility, boolean hidden, Integer starHip, String title,
                String message, String dedicatedTo) {

        static Spec listed(Span span) {
            return new Spec(span, MomentStatus.CONFIRMED, Visibility.PUBLIC, false, null, "A moment", null, null);
        }

        Spec with(MomentStatus newStatus, Visibility newVisibility, boolean newHidden) {
            return new Spec(span, newStatus, newVisibility, newHidden, starHip, title, message, dedicatedTo);
        }

        Spec withStar(Integer hip) {
            return new Spec(span, status, visibility, hidden, hip, title, message, dedicatedTo);
        }

        Spec withText(String newTitle, String newMessage, String newDedicatedTo) {
            return new Spec(span, status, visibility, hidden, starHip, newTitle, newMessage, newDedicatedTo);
        }

        /** The test's own idea of "listed", written apart from the application's. */
        boolean isListed() {
            return status == MomentStatus.CONFIRMED && visibility == Visibility.PUBLIC && !hidden;
        }
    }

    /** Writes the moments as specified, in one transaction (no claim queue: the specs do not overlap). */
    List<Moment> insert(List<Spec> specs) {
        return inTransaction(em -> {
            List<Moment> written = new ArrayList<>(specs.size());
            for (Spec spec : specs) {
                Star star = spec.starHip() == null ? null : em.find(Star.class, spec.starHip());
                Moment moment = Moment.hold(owner, spec.span(), ZoneOffset.UTC,
                        MomentText.of(spec.title(), spec.message(), spec.dedicatedTo()), spec.visibility(), star,
                        false, null, Instant.now());
                switch (spec.status()) {
                    case CONFIRMED -> moment.confirm();
                    case RELEASED -> moment.release();
                    case HELD -> { }
                }
                if (spec.hidden()) {
                    moment.hide();
                }
                em.persist(moment);
                written.add(moment);
            }
            return written;
        });
    }

    Moment insert(Spec spec) {
        return insert(List.of(spec)).get(0);
    }

    /** Changes a moment in a transaction of its own. */
    void change(UUID momentId, java.util.function.Consumer<Moment> change) {
        inTransaction(em -> {
            change.accept(em.find(Moment.class, momentId));
            return null;
        });
    }

    @Override
    public void close() {
        factory.close();
    }

    /** A UUID of an untyped native query's result: H2 gives its 16 bytes, PostgreSQL the UUID. */
    static UUID uuid(Object cell) {
        if (cell instanceof byte[] bytes) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return (UUID) cell;
    }
}

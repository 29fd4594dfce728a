package com.momentverse.timeline;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Tests written once and run on each database the application runs on: a subclass per database
 * opens it ({@link TimelineDatabase#h2} always, {@link TimelineDatabase#postgresql}
 * always too: the database of {@code -Dmv.timeline.pg.url} or an embedded one), and the tests of a class share it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DatabaseContract {

    TimelineDatabase db;

    /** A new, migrated database for this class. */
    abstract TimelineDatabase open() throws Exception;

    /** What the class's tests share, written once the database is open. */
    void prepare() {
    }

    @BeforeAll
    void openDatabase() throws Exception {
        db = open();
        prepare();
    }

    @AfterAll
    void closeDatabase() {
        db.close();
    }
}

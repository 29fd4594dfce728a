package com.momentverse.timeline;

/**
 * The bucket counts on PostgreSQL (months and longer from the trigger-kept table): on the database
 * of {@code -Dmv.timeline.pg.url} (the build passes {@code MV_TEST_DB_URL}; its public schema is
 * emptied), else on an embedded PostgreSQL. The integration tests check the same over HTTP on every build.
 */
class TimelineBucketsPostgreSqlTest extends TimelineBucketsContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.postgresql();
    }
}

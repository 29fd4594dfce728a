package com.momentverse.timeline;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The bucket counts on PostgreSQL (months and longer from the trigger-kept table), when a database
 * is given: {@code -Dmv.timeline.pg.url=jdbc:postgresql://127.0.0.1:5432/tl_test?user=postgres}
 * (its public schema is emptied). The integration tests check the same over HTTP on every build.
 */
@EnabledIfSystemProperty(named = TimelineDatabase.PG_PROPERTY, matches = ".+")
class TimelineBucketsPostgreSqlTest extends TimelineBucketsContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.postgresql();
    }
}

package com.momentverse.timeline;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The timeline's list and privacy on PostgreSQL, when a database is given (see {@link TimelineBucketsPostgreSqlTest}). */
@EnabledIfSystemProperty(named = TimelineDatabase.PG_PROPERTY, matches = ".+")
class TimelineListPostgreSqlTest extends TimelineListContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.postgresql();
    }
}

package com.momentverse.timeline;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The moment of the day on PostgreSQL, when a database is given (see {@link TimelineBucketsPostgreSqlTest}). */
@EnabledIfSystemProperty(named = TimelineDatabase.PG_PROPERTY, matches = ".+")
class MomentOfTheDayPostgreSqlTest extends MomentOfTheDayContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.postgresql();
    }
}

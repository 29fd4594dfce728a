package com.momentverse.timeline;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Likes and shares on PostgreSQL, when a database is given (see {@link TimelineBucketsPostgreSqlTest}). */
@EnabledIfSystemProperty(named = TimelineDatabase.PG_PROPERTY, matches = ".+")
class CommunityPostgreSqlTest extends CommunityContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.postgresql();
    }
}

package com.momentverse.timeline;

/** Likes and shares on PostgreSQL (which database: {@link TimelineBucketsPostgreSqlTest}). */
class CommunityPostgreSqlTest extends CommunityContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.postgresql();
    }
}

package com.momentverse.timeline;

/** The timeline's list and privacy on PostgreSQL, on the database of {@link TimelineBucketsPostgreSqlTest}. */
class TimelineListPostgreSqlTest extends TimelineListContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.postgresql();
    }
}

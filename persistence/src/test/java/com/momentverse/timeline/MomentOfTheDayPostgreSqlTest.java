package com.momentverse.timeline;

/** The moment of the day on PostgreSQL, on the database of {@link TimelineBucketsPostgreSqlTest}. */
class MomentOfTheDayPostgreSqlTest extends MomentOfTheDayContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.postgresql();
    }
}

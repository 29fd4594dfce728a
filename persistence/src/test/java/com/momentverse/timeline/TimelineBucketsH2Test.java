package com.momentverse.timeline;

/** The bucket counts on H2, as the embedded server computes them (month counts from a view). */
class TimelineBucketsH2Test extends TimelineBucketsContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.h2("timeline-buckets");
    }
}

package com.momentverse.timeline;

/** The timeline's list and privacy on H2. */
class TimelineListH2Test extends TimelineListContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.h2("timeline-list");
    }
}

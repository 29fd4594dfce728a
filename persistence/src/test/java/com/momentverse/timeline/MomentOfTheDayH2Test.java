package com.momentverse.timeline;

/** The moment of the day on H2. */
class MomentOfTheDayH2Test extends MomentOfTheDayContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.h2("moment-of-the-day");
    }
}

package com.momentverse.timeline;

/** Likes and shares on H2. */
class CommunityH2Test extends CommunityContract {

    @Override
    TimelineDatabase open() throws Exception {
        return TimelineDatabase.h2("community");
    }
}

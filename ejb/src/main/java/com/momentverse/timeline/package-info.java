/**
 * The public timeline and its community as people meet them: buckets and the list of listed
 * moments, the stats, the moment of the day ({@link com.momentverse.timeline.TimelineService}),
 * likes and shares ({@link com.momentverse.timeline.CommunityService}).
 */
package com.momentverse.timeline;

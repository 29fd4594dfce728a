/**
 * The timeline of listed moments across the whole range and the eras that divide it, with its
 * buckets, list, stats and moment of the day ({@link com.momentverse.timeline.TimelineRepository}),
 * and the community around it: likes and shares ({@link com.momentverse.timeline.CommunityRepository})
 * (PRODUCT.md, "Timeline, sharing and community").
 */
package com.momentverse.timeline;

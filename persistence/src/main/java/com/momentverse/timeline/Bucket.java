package com.momentverse.timeline;

import java.time.Instant;

/**
 * One bucket of the timeline: {@code [start, end)} and the number of listed moments that start in it.
 */
public record Bucket(Instant start, Instant end, long count) {
}

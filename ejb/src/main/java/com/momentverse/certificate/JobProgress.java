package com.momentverse.certificate;

import java.time.Instant;

/**
 * Where a bulk regeneration stands: its id, the Jakarta Batch status of its latest execution, how
 * many of its certificates are done out of how many, and when its latest execution started and ended.
 */
public record JobProgress(long jobId, String status, long done, long total, Instant startedAt, Instant endedAt) {
}

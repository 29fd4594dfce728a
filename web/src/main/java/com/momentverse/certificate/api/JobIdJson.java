package com.momentverse.certificate.api;

/** The answer to starting a job: its id, for {@code GET /api/v1/admin/jobs/{jobId}}. */
public record JobIdJson(long jobId) {
}

package com.momentverse.certificate.api;

import com.momentverse.certificate.JobProgress;

/** {@code GET /api/v1/admin/jobs/{jobId}}: the job's Jakarta Batch status and its progress. */
public record JobJson(long jobId, String status, long done, long total) {

    static JobJson of(JobProgress progress) {
        return new JobJson(progress.jobId(), progress.status(), progress.done(), progress.total());
    }
}

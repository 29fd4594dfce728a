package com.momentverse.timeline.api;

import com.momentverse.timeline.Bucket;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** One bucket of {@code GET /api/v1/timeline/buckets}: {@code [start, end)} and its listed moments. */
@JsonbPropertyOrder({"start", "end", "count"})
public record BucketJson(String start, String end, long count) {

    public static BucketJson of(Bucket bucket) {
        return new BucketJson(bucket.start().toString(), bucket.end().toString(), bucket.count());
    }
}

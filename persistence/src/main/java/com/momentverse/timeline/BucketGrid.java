package com.momentverse.timeline;

import com.momentverse.common.CalendarKeys;
import com.momentverse.common.InvalidInputException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The buckets of a scale that a window touches: from the bucket its first second lies in to the
 * bucket its last second lies in, whole buckets (so the first may start before the window, and the
 * last end after it). Counts are over whole buckets.
 *
 * @param scale the bucket size
 * @param start the first second of the first bucket
 * @param end   the second after the last bucket
 * @param size  the number of buckets, 1 to {@value #MAX_BUCKETS}
 */
public record BucketGrid(Scale scale, long start, long end, int size) {

    /** The most buckets one request may ask for. */
    public static final int MAX_BUCKETS = 1_000;

    /**
     * The grid over a window.
     *
     * @throws InvalidInputException for field {@code to} when the window holds more than
     *                               {@value #MAX_BUCKETS} buckets of the scale
     */
    public static BucketGrid over(Scale scale, TimelineWindow window) {
        long first = scale.floor(window.from());
        long last = scale.floor(window.to() - 1);
        long size;
        if (scale.isFixed()) {
            size = (last - first) / scale.seconds() + 1;
        } else {
            size = (CalendarKeys.monthIndex(last) - (long) CalendarKeys.monthIndex(first)) / scale.months() + 1;
        }
        if (size > MAX_BUCKETS) {
            throw new InvalidInputException("to", "TOO_MANY_BUCKETS", "the window holds " + size + " buckets of one "
                    + scale.id() + "; at most " + MAX_BUCKETS + " (narrow the window or choose a larger scale)");
        }
        return new BucketGrid(scale, first, scale.next(last), (int) size);
    }

    /** The month index of the first bucket, for scales of months. */
    public int startMonth() {
        return CalendarKeys.monthIndex(start);
    }

    /** The buckets' bounds, in order, each with the count found for its index (missing: 0). */
    public List<Bucket> buckets(long[] countsByIndex) {
        List<Bucket> buckets = new ArrayList<>(size);
        long bucketStart = start;
        for (int i = 0; i < size; i++) {
            long bucketEnd = scale.next(bucketStart);
            buckets.add(new Bucket(Instant.ofEpochSecond(bucketStart), Instant.ofEpochSecond(bucketEnd), countsByIndex[i]));
            bucketStart = bucketEnd;
        }
        return buckets;
    }

    /** The whole grid as a window. */
    public TimelineWindow window() {
        return new TimelineWindow(start, end);
    }
}

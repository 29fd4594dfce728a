package com.momentverse.it;

import java.util.ArrayList;
import java.util.List;

/** Request latencies of a measurement, recorded from many threads, and their percentiles. */
public final class Timings {

    private final List<Long> nanos = new ArrayList<>();

    public synchronized void record(long elapsedNanos) {
        nanos.add(elapsedNanos);
    }

    public synchronized int count() {
        return nanos.size();
    }

    /** The latency below which the given share (0–1) of the requests completed, in milliseconds (nearest rank). */
    public synchronized double percentileMillis(double share) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int rank = (int) Math.ceil(share * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    /** "p50 12.3 ms, p99 45.6 ms". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "p50 %.1f ms, p99 %.1f ms", percentileMillis(0.50), percentileMillis(0.99));
    }
}

package com.momentverse.timeline;

/**
 * The public counts of the stats: bare numbers over all visibilities, which reveal no moment.
 *
 * @param confirmedMoments moments confirmed (paid), whatever their visibility
 * @param starsPaired      stars paired with a confirmed moment
 * @param starsFree        stars of the catalogue paired with no active (held or confirmed) moment
 */
public record MomentCounts(long confirmedMoments, long starsPaired, long starsFree) {
}

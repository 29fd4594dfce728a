package com.momentverse.timeline;

import java.io.Serializable;

/**
 * The public stats (PRODUCT.md, "Timeline, sharing and community"): bare counts over all confirmed
 * moments, and the earliest and latest listed moments (never a private, unlisted, hidden or
 * unconfirmed one).
 *
 * @param earliest the listed moment that starts first, or null when none is listed
 * @param latest   the listed moment that starts last, or null when none is listed
 */
public record TimelineStats(MomentCounts counts, MomentSummary earliest, MomentSummary latest) implements Serializable {

    private static final long serialVersionUID = 1L;
}

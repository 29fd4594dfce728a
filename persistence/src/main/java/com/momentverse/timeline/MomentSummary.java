package com.momentverse.timeline;

import com.momentverse.common.Span;

import java.util.UUID;

/** A listed moment in a few words, as the stats name the earliest and the latest. */
public record MomentSummary(UUID id, String title, Span span) {
}

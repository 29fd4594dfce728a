package com.momentverse.order.view;

import com.momentverse.common.Span;
import com.momentverse.moment.Availability;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * The span the claim page's inputs pick, as the page shows it while they change: in the
 * person's zone and in UTC with BCE/CE, its length in words, and whether it is free (with the
 * nearest free spans when it is not); or, while the inputs do not make a span, what is wrong.
 */
public final class SpanPreview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;
    private final Span span;
    private final String inZone;
    private final String utc;
    private final String duration;
    private final boolean available;
    private final Span nearestBefore;
    private final Span nearestAfter;
    private final ZoneId zone;

    private SpanPreview(List<String> problems, Availability availability, ZoneId zone) {
        this.problems = List.copyOf(problems);
        this.span = availability == null ? null : availability.asked();
        this.zone = zone;
        this.inZone = span == null ? null : span.format(zone);
        this.utc = span == null ? null : span.formatUtc();
        this.duration = span == null ? null : span.durationInWords();
        this.available = availability != null && availability.available();
        this.nearestBefore = availability == null ? null : availability.nearestBefore();
        this.nearestAfter = availability == null ? null : availability.nearestAfter();
    }

    static SpanPreview of(Availability availability, ZoneId zone) {
        return new SpanPreview(List.of(), availability, zone);
    }

    static SpanPreview invalid(List<String> problems) {
        return new SpanPreview(problems, null, null);
    }

    public boolean isValid() {
        return span != null;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getInZone() {
        return inZone;
    }

    public String getUtc() {
        return utc;
    }

    public String getDuration() {
        return duration;
    }

    public boolean isAvailable() {
        return available;
    }

    public boolean isTaken() {
        return span != null && !available;
    }

    Span nearestBefore() {
        return nearestBefore;
    }

    Span nearestAfter() {
        return nearestAfter;
    }

    /** The nearest free span before, in the person's zone and in UTC; null when there is none. */
    public String getNearestBefore() {
        return nearestBefore == null ? null : nearestBefore.format(zone) + " · " + nearestBefore.formatUtc();
    }

    public String getNearestAfter() {
        return nearestAfter == null ? null : nearestAfter.format(zone) + " · " + nearestAfter.formatUtc();
    }
}

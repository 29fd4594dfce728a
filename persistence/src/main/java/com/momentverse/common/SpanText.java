package com.momentverse.common;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A span written for people, in one zone: "15 March 3300 BCE, 12:00:00 – 12:01:00 UTC".
 *
 * <p>The end's date is written only when it differs from the start's, so a span that
 * crosses midnight (or ends at it) shows both dates. When the offset changes inside the
 * span (a daylight-saving change), each time gets its own offset and the zone id comes
 * last: "29 March 2026 CE, 01:30:00 (UTC+01:00) – 03:30:00 (UTC+02:00) Europe/Berlin".
 */
final class SpanText {

    /** An en dash between spaces, as a range is typeset. */
    static final String DASH = " \u2013 ";

    private SpanText() {
    }

    static String format(Span span, ZoneId zone) {
        ZonedDateTime start = ZonedDateTime.ofInstant(span.start(), zone);
        ZonedDateTime end = ZonedDateTime.ofInstant(span.end(), zone);
        StringBuilder text = new StringBuilder(64);
        text.append(HistoricDates.dateTime(start));
        boolean oneOffset = start.getOffset().equals(end.getOffset());
        if (!oneOffset) {
            text.append(" (").append(HistoricDates.offset(start.getOffset())).append(')');
        }
        text.append(DASH);
        if (!start.toLocalDate().equals(end.toLocalDate())) {
            text.append(HistoricDates.date(end.toLocalDate())).append(", ");
        }
        text.append(HistoricDates.time(end.toLocalTime()));
        if (oneOffset) {
            text.append(' ').append(HistoricDates.zone(zone, start.getOffset()));
        } else {
            text.append(" (").append(HistoricDates.offset(end.getOffset())).append(") ").append(zone.getId());
        }
        return text.toString();
    }
}

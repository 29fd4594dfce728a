package com.momentverse.timeline;

import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import com.momentverse.common.Span;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What part of the timeline a client asks for, the same for its buckets and its list: a window of
 * start instants, and optionally an era, whether the moment has a star, and a text its title,
 * message or recipient contains (case ignored). Only listed moments are ever counted or listed.
 *
 * @param window     the starts asked for, inside the range of moments
 * @param era        only moments that start in this era, or null for all
 * @param starPaired only moments with (true) or without (false) a star, or null for all
 * @param text       the text to look for (NFC, stripped, 1 to {@value #TEXT_MAX} characters), or null
 */
public record TimelineQuery(TimelineWindow window, Era era, Boolean starPaired, String text) {

    public static final int TEXT_MAX = 100;

    /** The whole timeline, unfiltered. */
    public static final TimelineQuery ALL = new TimelineQuery(TimelineWindow.ALL, null, null, null);

    /**
     * Reads a client's query parameters, reporting every bad one at once.
     *
     * @param windowRequired whether {@code from} and {@code to} must be given; when not, a missing
     *                       one is the end of the range
     * @throws InvalidInputException for fields {@code from}, {@code to}, {@code era},
     *                               {@code starPaired}, {@code q}
     */
    public static TimelineQuery parse(String from, String to, String era, String starPaired, String q,
                                      boolean windowRequired) {
        List<FieldError> errors = new ArrayList<>();
        TimelineWindow window = window(from, to, windowRequired, errors);
        Era eraFound = null;
        if (era != null && !era.isBlank()) {
            eraFound = Era.byId(era.strip()).orElse(null);
            if (eraFound == null) {
                errors.add(new FieldError("era", "INVALID", "must be one of " + String.join(", ",
                        java.util.Arrays.stream(Era.values()).map(Era::id).toList())));
            }
        }
        Boolean paired = null;
        if (starPaired != null && !starPaired.isBlank()) {
            switch (starPaired.strip()) {
                case "true" -> paired = Boolean.TRUE;
                case "false" -> paired = Boolean.FALSE;
                default -> errors.add(new FieldError("starPaired", "INVALID", "must be true or false"));
            }
        }
        String text = text(q, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new TimelineQuery(window, eraFound, paired, text);
    }

    /**
     * The starts to read: the window, within the era if one is asked for; empty when the two do
     * not meet (nothing can match).
     */
    public Optional<TimelineWindow> starts() {
        return era == null ? Optional.of(window) : window.within(era);
    }

    /** The same filters over another window. */
    public TimelineQuery over(TimelineWindow other) {
        return new TimelineQuery(other, era, starPaired, text);
    }

    /** The text as a LIKE pattern, escaped with a backslash: "contains". */
    public String textPattern() {
        StringBuilder pattern = new StringBuilder(text.length() + 2).append('%');
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == '\\') {
                pattern.append('\\');
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    private static TimelineWindow window(String from, String to, boolean required, List<FieldError> errors) {
        Instant start = instant("from", from, required, Span.MIN_START, errors);
        Instant end = instant("to", to, required, Span.MAX_END, errors);
        if (start == null || end == null) {
            return null;
        }
        boolean inRange = true;
        if (start.isBefore(Span.MIN_START)) {
            errors.add(new FieldError("from", "BEFORE_RANGE", "must not be before " + Span.MIN_START));
            inRange = false;
        }
        if (end.isAfter(Span.MAX_END)) {
            errors.add(new FieldError("to", "AFTER_RANGE", "must not be after " + Span.MAX_END));
            inRange = false;
        }
        if (!inRange) {
            return null;
        }
        long lo = TimelineWindow.ceilSecond(start);
        long hi = TimelineWindow.ceilSecond(end);
        if (hi <= lo) {
            errors.add(new FieldError("to", "NOT_AFTER_FROM", "must be at least a second after from"));
            return null;
        }
        return new TimelineWindow(lo, hi);
    }

    private static Instant instant(String field, String text, boolean required, Instant otherwise,
                                   List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "REQUIRED", "is required"));
                return null;
            }
            return otherwise;
        }
        try {
            return Span.parseInstant(field, text);
        } catch (InvalidInputException e) {
            errors.addAll(e.getErrors());
            return null;
        }
    }

    private static String text(String q, List<FieldError> errors) {
        if (q == null) {
            return null;
        }
        String text = Normalizer.normalize(q, Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.SURROGATE)) {
            errors.add(new FieldError("q", "CONTROL_CHARACTER", "must not contain control characters"));
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (length > TEXT_MAX) {
            errors.add(new FieldError("q", "TOO_LONG", "must be at most " + TEXT_MAX + " characters (it has " + length + ")"));
            return null;
        }
        return text;
    }
}

package com.momentverse.common;

/**
 * The stable codes of what can be wrong with a span, as they appear in
 * {@link FieldError#code()} of an {@link InvalidSpanException}. Clients may rely on them;
 * the messages next to them are for people and may change.
 */
public enum SpanRule {

    /** The field has no value. */
    REQUIRED,
    /** The text is not an ISO-8601 instant such as {@code -3299-03-15T12:00:00Z}. */
    INVALID,
    /** The instant or length has a fraction of a second; spans are whole seconds. */
    NOT_WHOLE_SECONDS,
    /** The end is at or before the start. */
    END_NOT_AFTER_START,
    /** A length of zero or less (for a span given by its length). */
    TOO_SHORT,
    /** Longer than 24 hours. */
    TOO_LONG,
    /** Before 1 January 3300 BCE, 00:00:00 UTC, or an end that leaves no second inside the range. */
    BEFORE_RANGE,
    /** After 1 January 2101 CE, 00:00:00 UTC, or a start that leaves no second inside the range. */
    AFTER_RANGE;

    /** This rule, broken by {@code field}, explained by {@code message}. */
    FieldError on(String field, String message) {
        return new FieldError(field, name(), message);
    }
}

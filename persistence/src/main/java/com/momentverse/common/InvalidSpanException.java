package com.momentverse.common;

import java.util.List;

/**
 * A span that breaks one or more of its rules. It is an {@link InvalidInputException}, so
 * the API answers it as 400 {@code validation} with its field errors ({@code start},
 * {@code end}, and for spans picked in a time zone {@code timeZone} and {@code duration})
 * and pages show each message next to its field; callers that need to can still catch
 * it apart from other invalid input. Every error carries a {@link SpanRule} code.
 */
public class InvalidSpanException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public InvalidSpanException(List<FieldError> errors) {
        super(errors);
    }
}

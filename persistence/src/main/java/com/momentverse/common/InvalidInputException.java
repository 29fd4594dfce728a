package com.momentverse.common;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * Input that breaks a business rule, with the fields at fault: the API answers 400
 * {@code validation} with these field errors, pages show them next to their fields.
 * Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String code, String message) {
        this(List.of(new FieldError(field, code, message)));
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}

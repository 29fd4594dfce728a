package com.momentverse.web;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * An RFC 9457 problem detail as the API answers every error. {@code type} is
 * {@code /problems/<slug>} with one of the stable slugs of the API contract; {@code errors}
 * lists field errors and appears only on validation problems.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
                      @JsonbNillable(false) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: which field (a query parameter, a JSON member) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}

package com.momentverse.common;

import java.io.Serializable;

/**
 * One invalid input: which field, a stable code, and a message a person can read.
 *
 * @param field   the input's name as the client knows it ("password", "email")
 * @param code    a stable machine-readable code ("TOO_SHORT")
 * @param message what is wrong, for people
 */
public record FieldError(String field, String code, String message) implements Serializable {
}

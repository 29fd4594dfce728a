package com.momentverse.moment;

import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A moment given to someone: the recipient's e-mail and the UTC date on which they are told
 * (PRODUCT.md, "Gifts"). Delivery comes with the timeline and community features; the claim
 * records it.
 *
 * @param email the recipient's address
 * @param date  the delivery date (UTC), today or later when given; null: on confirmation
 */
public record Gift(String email, LocalDate date) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One @, something on each side, no white space; the mail server has the final word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    /**
     * The gift a claim asks for, or null for none.
     *
     * @param today the current UTC date
     * @throws InvalidInputException for {@code giftEmail} (not an address, too long, or missing
     *                               while a date is given) and {@code giftDate} (before today)
     */
    public static Gift of(String email, LocalDate date, LocalDate today) {
        String address = email == null || email.isBlank() ? null : email.strip();
        List<FieldError> errors = new ArrayList<>(2);
        if (address == null && date != null) {
            errors.add(new FieldError("giftEmail", "REQUIRED", "is required when a delivery date is given"));
        }
        if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            errors.add(new FieldError("giftEmail", "INVALID", "must be an e-mail address"));
        }
        if (date != null && date.isBefore(today)) {
            errors.add(new FieldError("giftDate", "IN_THE_PAST", "must be today (UTC) or later"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return address == null ? null : new Gift(address, date);
    }
}

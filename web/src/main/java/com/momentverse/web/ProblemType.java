package com.momentverse.web;

/**
 * The stable problem types of the API contract: slug, HTTP status and title, in one place.
 * Clients match on the slug ({@code type} is {@code /problems/<slug>}).
 */
public enum ProblemType {
    VALIDATION("validation", 400, "The request is not valid"),
    UNAUTHENTICATED("unauthenticated", 401, "Sign-in required"),
    FORBIDDEN("forbidden", 403, "Not allowed"),
    NOT_FOUND("not-found", 404, "Not found"),
    CONFLICT("conflict", 409, "Not possible in the current state"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    INTERNAL("internal", 500, "Something went wrong on our side"),
    PAYMENT_PROVIDER("payment-provider", 502, "The payment provider could not be reached"),
    MAINTENANCE("maintenance", 503, "Down for maintenance"),
    // After the general types of the same status, which forStatus prefers.
    SPAN_TAKEN("span-taken", 409, "This span is taken"),
    STAR_TAKEN("star-taken", 409, "This star is taken"),
    EMAIL_UNVERIFIED("email-unverified", 403, "E-mail address not verified"),
    HOLD_EXPIRED("hold-expired", 409, "The hold has expired");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type for a status that no more specific problem explains. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}

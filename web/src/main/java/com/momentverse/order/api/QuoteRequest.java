package com.momentverse.order.api;

/** {@code POST /api/v1/quotes}: the span and the options to price. */
public record QuoteRequest(String start, String end, Integer starHip, Boolean premiumCertificate) {
}

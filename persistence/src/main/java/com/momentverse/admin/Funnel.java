package com.momentverse.admin;

/**
 * The way from a price to a sale over a period: quotes answered, orders placed (each holds its
 * span for checkout), and of those orders the ones that were paid.
 */
public record Funnel(long quotes, long orders, long paid) {
}

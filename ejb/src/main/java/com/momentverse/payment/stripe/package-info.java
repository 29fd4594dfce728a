/**
 * Stripe, through stripe-java: Checkout sessions, their state, refunds, and webhook events
 * verified with their signature. Nothing outside this package speaks Stripe.
 */
package com.momentverse.payment.stripe;

/**
 * Payment: fulfilment of paid orders (idempotent, whoever reports the payment) and the built-in
 * test checkout that stands in for Stripe when no keys are configured.
 */
package com.momentverse.payment;

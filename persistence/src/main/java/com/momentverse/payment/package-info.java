/** Payments as stored: the payment provider's events, each acted on once. */
package com.momentverse.payment;

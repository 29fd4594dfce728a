/** Payments as stored and configured: the payment provider's events, each acted on once, and how payments are taken. */
package com.momentverse.payment;

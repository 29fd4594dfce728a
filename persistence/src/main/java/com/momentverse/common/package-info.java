/**
 * The few types every feature shares: cursor pages of results, field errors and the
 * exceptions that become problem answers, the span value type
 * ({@link com.momentverse.common.Span}) with the one way dates are written for people (BCE/CE
 * on the proleptic Gregorian calendar, {@link com.momentverse.common.HistoricDates}), and
 * {@link com.momentverse.common.Money} (integer cents with a currency).
 */
package com.momentverse.common;

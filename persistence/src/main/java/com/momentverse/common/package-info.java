/**
 * The few types every feature shares: cursor pages of results and their opaque cursors, the
 * exceptions that become problem answers, and {@link com.momentverse.common.Money} (integer
 * cents with a currency).
 */
package com.momentverse.common;

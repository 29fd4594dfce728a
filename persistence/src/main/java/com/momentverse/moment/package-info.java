/**
 * Moments: a span of history held for checkout, then confirmed or released, with its text, its
 * visibility and its optional star; and the repository that answers whether a span is free.
 * Exclusivity is kept by the database (changelog 030), not by this code alone.
 */
package com.momentverse.moment;

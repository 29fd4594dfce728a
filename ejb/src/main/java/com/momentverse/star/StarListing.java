package com.momentverse.star;

/**
 * A star as the catalogue offers it: the star, and whether it is free to be paired.
 *
 * @param star      the catalogue entry
 * @param available true when no active (held or confirmed) moment is paired with it
 */
public record StarListing(Star star, boolean available) {
}

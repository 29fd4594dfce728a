/**
 * The star catalogue as the application offers it: search brightest first with cursor
 * pages, and whether each star is still free to be paired with a moment.
 */
package com.momentverse.star;

/**
 * The star catalogue: the Hipparcos stars a moment can be paired with, their search key
 * and the repository that searches them, brightest first.
 */
package com.momentverse.star;

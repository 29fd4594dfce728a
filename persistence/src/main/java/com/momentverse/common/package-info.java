/**
 * The few types every feature shares: cursor pages of results and their opaque cursors.
 */
package com.momentverse.common;

/**
 * The timeline of public moments across the whole range, and the eras that divide it
 * (PRODUCT.md, "Timeline, sharing and community").
 */
package com.momentverse.timeline;

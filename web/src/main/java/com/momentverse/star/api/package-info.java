/** The star catalogue over JSON: {@code /api/v1/stars}. */
package com.momentverse.star.api;

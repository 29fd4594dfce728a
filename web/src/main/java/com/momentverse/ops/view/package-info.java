/** Faces beans of the status page, the site-wide notice banner, the notices' administration and the legal pages. */
package com.momentverse.ops.view;

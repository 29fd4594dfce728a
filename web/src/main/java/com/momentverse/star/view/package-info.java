/** Faces backing beans of the star pages. */
package com.momentverse.star.view;

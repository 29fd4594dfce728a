/** Faces backing beans of moments as their owners see them on the account page. */
package com.momentverse.moment.view;

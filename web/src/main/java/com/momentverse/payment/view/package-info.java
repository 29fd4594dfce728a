/** Faces backing beans and routing of the payment pages: the built-in test checkout. */
package com.momentverse.payment.view;

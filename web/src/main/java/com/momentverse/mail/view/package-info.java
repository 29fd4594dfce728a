/** Faces beans of the e-mail outbox: the administrators' page of failed mails. */
package com.momentverse.mail.view;

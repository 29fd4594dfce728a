/**
 * The e-mail outbox: every mail the application sends is first a row of {@code mail_outbox},
 * written in the transaction of the change that causes it, then sent, retried with backoff,
 * or marked failed (never dropped) by the ejb module's sender.
 */
package com.momentverse.mail;

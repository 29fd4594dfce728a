/**
 * Sending e-mail through the outbox: the templates of every mail, {@link com.momentverse.mail.MailOutbox}
 * that queues a mail in the caller's transaction, and the timer that sends due mails with
 * retries and backoff through a {@link com.momentverse.mail.Mailer} (SMTP, or the log when no
 * mail server is configured).
 */
package com.momentverse.mail;

package com.momentverse.mail;

/**
 * Hands one mail to whatever delivers it. The application has one {@code Mailer}, chosen at
 * start by {@link MailerSelection}: SMTP through the server's mail session when a mail server
 * is configured, the log otherwise.
 */
public interface Mailer {

    /**
     * Sends the mail now, in the calling thread.
     *
     * @throws MailDeliveryException when it was not accepted; {@link MailDeliveryException#isServerUnavailable()}
     *                               tells whether the mail itself was at fault
     */
    void send(MailMessage message) throws MailDeliveryException;
}

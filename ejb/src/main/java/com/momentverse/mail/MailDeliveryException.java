package com.momentverse.mail;

/**
 * A mail was not delivered, for one of two kinds of reason that the sender treats differently:
 * <ul>
 * <li>{@linkplain #serverUnavailable(Throwable) the mail server is unavailable}: it could not be
 *     reached, refused our login, or the mail session is misconfigured. Nothing is wrong with the
 *     mail: it stays pending without using up an attempt, and sending pauses for a while.</li>
 * <li>{@linkplain #rejected(Throwable) the mail was rejected}: an invalid address, a refused
 *     recipient, any other failure of this one mail. It counts as a failed attempt.</li>
 * </ul>
 */
public class MailDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean serverUnavailable;

    private MailDeliveryException(String message, Throwable cause, boolean serverUnavailable) {
        super(message, cause);
        this.serverUnavailable = serverUnavailable;
    }

    public static MailDeliveryException serverUnavailable(Throwable cause) {
        return new MailDeliveryException("The mail server is unavailable", cause, true);
    }

    public static MailDeliveryException rejected(Throwable cause) {
        return new MailDeliveryException("The mail was not accepted", cause, false);
    }

    /** True when the mail server, not the mail, is the problem. */
    public boolean isServerUnavailable() {
        return serverUnavailable;
    }
}

package com.momentverse.mail;

/**
 * What a mail is about. Stored by name (a {@code VARCHAR(40)}), so adding a kind needs no
 * migration; renaming one does.
 */
public enum MailKind {
    /** The link that proves the user owns the address (also after a change of address). */
    VERIFY_EMAIL,
    /** The link that lets the user choose a new password. */
    RESET_PASSWORD,
    /** Someone tried to register with an address that already has an account. */
    REGISTRATION_ATTEMPT,
    /** The password of the account was changed. */
    PASSWORD_CHANGED,
    /** The e-mail address of the account was changed; sent to the old address. */
    EMAIL_CHANGED,
    /** An order was paid: the moment is the customer's (a receipt). */
    ORDER_CONFIRMED,
    /** A paid order was refunded: the moment is released. */
    ORDER_REFUNDED,
    /** A payment arrived after the hold ran out and the span was taken meanwhile: given back. */
    LATE_PAYMENT_REFUNDED,
    /** The moment's certificate was issued: its number and where to check and download it. */
    CERTIFICATE_READY,
    /** A gift's delivery date came: its recipient gets the dedication, the moment's page and the certificate. */
    GIFT_DELIVERY,
    /** An administrator hid the owner's moment: why, and that it stays theirs and certified. */
    MOMENT_HIDDEN
}

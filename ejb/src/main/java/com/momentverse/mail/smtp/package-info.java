/**
 * Sending mail over SMTP through the server's Jakarta Mail session ({@code java:jboss/mail/MomentVerse},
 * configured by the wildfly-config CLI from {@code MV_SMTP_*} and {@code MV_MAIL_FROM}).
 */
package com.momentverse.mail.smtp;

package com.momentverse.it;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the application mailed to an address, as its owner would, from GreenMail. */
public final class Mailbox {

    private Mailbox() {
    }

    /** All messages delivered to the address so far. */
    public static List<MimeMessage> messages(String address) {
        return Arrays.stream(TestServices.mail().getReceivedMessages())
                .filter(m -> recipients(m).contains(address.toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** Waits (the outbox sends on a timer) for a message to the address whose subject contains the text. */
    public static MimeMessage await(String address, String subjectContains) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = messages(address).stream()
                    .filter(m -> subject(m).contains(subjectContains)).reduce((first, second) -> second);
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("no mail \"" + subjectContains + "\" to " + address + " within 30 s; got "
                + messages(address).stream().map(Mailbox::subject).toList());
    }

    /** The token of the first link in the message that goes to the given page (e.g. "/verify-email"). */
    public static String tokenOfLink(MimeMessage message, String page) {
        Matcher matcher = Pattern.compile(Pattern.quote(page) + "\\?token=([A-Za-z0-9_-]+)").matcher(body(message));
        if (!matcher.find()) {
            throw new AssertionError("no " + page + " link in: " + body(message));
        }
        return matcher.group(1);
    }

    /** The first link of the message to the given page, whole. */
    public static String link(MimeMessage message, String page) {
        Matcher matcher = Pattern.compile("https?://[^\\s\"<>]+" + Pattern.quote(page) + "\\?token=[A-Za-z0-9_-]+")
                .matcher(body(message));
        if (!matcher.find()) {
            throw new AssertionError("no " + page + " link in: " + body(message));
        }
        return matcher.group();
    }

    /** The plain-text part, decoded (as a mail program shows it), also inside a mail with files. */
    public static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            return content instanceof Multipart multipart ? part(multipart, "text/plain").orElse("") : content.toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HTML part, decoded, or empty when the message has none. */
    public static String html(MimeMessage message) {
        try {
            return message.getContent() instanceof Multipart multipart ? part(multipart, "text/html").orElse("") : "";
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first part of the type, looking into nested multiparts (alternative bodies inside mixed). */
    private static java.util.Optional<String> part(Multipart multipart, String type)
            throws MessagingException, java.io.IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return java.util.Optional.of(part.getContent().toString());
            }
            if (part.getContent() instanceof Multipart nested) {
                java.util.Optional<String> found = part(nested, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(a -> a.toString().toLowerCase(java.util.Locale.ROOT)).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

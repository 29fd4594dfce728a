package com.momentverse.mail;

import com.momentverse.common.PublicUrl;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Builds the mails (accounts, orders), each as plain text and HTML. Links start with the public URL
 * ({@code mv.public-url}), token query parameters are URL-encoded, and every text a user
 * chose (a name, an address) is HTML-escaped in the HTML part. Validity periods are
 * parameters, so the text always says what the token service enforces.
 *
 * <p>The templates are Java text blocks: a handful of short mails does not need a template
 * engine, and the compiler checks every placeholder's argument. Mails are in English, like
 * the rest of the product.
 */
@ApplicationScoped
public class MailTemplates {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cntrl}\\s]+");

    @Inject
    @ConfigProperty(name = "mv.public-url")
    String publicUrl;

    /** Refuses to start with a public URL that cannot make links, rather than mail broken ones. */
    @PostConstruct
    void checkPublicUrl() {
        URI uri = URI.create(publicUrl.strip());
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("mv.public-url must be an http(s) URL, not " + publicUrl);
        }
    }

    /**
     * The mail with the link that verifies an address: {@code /verify-email?token=...}.
     * Sent after registration and after a change of address (to the new address).
     *
     * @param recipient the address to verify
     * @param name      the user's name, or null
     * @param token     the single-use token, in clear (only its hash is stored)
     * @param validFor  how long the token is valid (24 hours)
     */
    public MailMessage verifyEmail(String recipient, String name, String token, Duration validFor) {
        String link = link("/verify-email?token=", token);
        String text = """
                %s

                Please confirm that this is your e-mail address by opening this link:

                %s

                The link is valid for %s and works once. If you did not register at MomentVerse,
                you can ignore this mail.
                %s""".formatted(greeting(name), link, inWords(validFor), textFooter());
        String html = page("Confirm your e-mail address", """
                <p>%s</p>
                <p>Please confirm that this is your e-mail address:</p>
                %s
                <p>The link is valid for %s and works once. If you did not register at MomentVerse,
                you can ignore this mail.</p>""".formatted(htmlGreeting(name), button(link, "Confirm my address"),
                inWords(validFor)));
        return new MailMessage(MailKind.VERIFY_EMAIL, recipient, "Confirm your e-mail address for MomentVerse",
                text, html);
    }

    /**
     * The mail with the link that sets a new password: {@code /reset-password?token=...}.
     *
     * @param recipient the account's address
     * @param name      the user's name, or null
     * @param token     the single-use token, in clear (only its hash is stored)
     * @param validFor  how long the token is valid (30 minutes)
     */
    public MailMessage resetPassword(String recipient, String name, String token, Duration validFor) {
        String link = link("/reset-password?token=", token);
        String text = """
                %s

                Someone (we hope you) asked to reset the password of your MomentVerse account.
                To choose a new password, open this link:

                %s

                The link is valid for %s and works once. If you did not ask for this, you can
                ignore this mail: your password stays as it is.
                %s""".formatted(greeting(name), link, inWords(validFor), textFooter());
        String html = page("Reset your password", """
                <p>%s</p>
                <p>Someone (we hope you) asked to reset the password of your MomentVerse account.</p>
                %s
                <p>The link is valid for %s and works once. If you did not ask for this, you can
                ignore this mail: your password stays as it is.</p>""".formatted(htmlGreeting(name),
                button(link, "Choose a new password"), inWords(validFor)));
        return new MailMessage(MailKind.RESET_PASSWORD, recipient, "Reset your MomentVerse password", text, html);
    }

    /**
     * The mail to an address that already has an account when someone registers with it
     * again: the registration itself answers the same for new and existing addresses, so
     * only the owner of the address learns that it is taken. Links to {@code /forgot-password}.
     *
     * @param recipient the address someone tried to register with
     * @param name      the name of the existing account, or null
     */
    public MailMessage registrationAttempt(String recipient, String name) {
        String link = publicUrl() + "/forgot-password";
        String text = """
                %s

                Someone just tried to create a MomentVerse account with this e-mail address, which
                already has an account.

                If that was you: you can simply sign in. If you forgot your password, you can
                reset it here:

                %s

                If it was not you, you can ignore this mail: nothing about your account has changed.
                %s""".formatted(greeting(name), link, textFooter());
        String html = page("Someone tried to register with your address", """
                <p>%s</p>
                <p>Someone just tried to create a MomentVerse account with this e-mail address, which
                already has an account.</p>
                <p>If that was you: you can simply sign in. If you forgot your password, you can reset it:</p>
                %s
                <p>If it was not you, you can ignore this mail: nothing about your account has changed.</p>"""
                .formatted(htmlGreeting(name), button(link, "Reset my password")));
        return new MailMessage(MailKind.REGISTRATION_ATTEMPT, recipient,
                "Someone tried to register at MomentVerse with your e-mail address", text, html);
    }

    /**
     * The notice that the password of an account was changed, so that its owner notices a
     * change they did not make.
     *
     * @param recipient the account's address
     * @param name      the user's name, or null
     * @param changedAt when the password was changed (shown in UTC)
     */
    public MailMessage passwordChanged(String recipient, String name, Instant changedAt) {
        String link = publicUrl() + "/forgot-password";
        String text = """
                %s

                The password of your MomentVerse account was changed on %s.

                If you did this, there is nothing more to do. If you did not, someone else may
                know your password: reset it now, which also signs out every session:

                %s
                %s""".formatted(greeting(name), WHEN.format(changedAt), link, textFooter());
        String html = page("Your password was changed", """
                <p>%s</p>
                <p>The password of your MomentVerse account was changed on %s.</p>
                <p>If you did this, there is nothing more to do. If you did not, someone else may know
                your password: reset it now, which also signs out every session.</p>
                %s""".formatted(htmlGreeting(name), WHEN.format(changedAt), button(link, "Reset my password")));
        return new MailMessage(MailKind.PASSWORD_CHANGED, recipient, "Your MomentVerse password was changed",
                text, html);
    }

    /**
     * The notice to the <em>old</em> address that the account's e-mail address was changed.
     * The new address is shown masked ({@code a***@example.org}): enough for the owner to
     * recognise it, little for anyone else who reads the old mailbox.
     *
     * @param oldAddress the address the account had, the recipient
     * @param name       the user's name, or null
     * @param newAddress the address the account has now
     * @param changedAt  when it was changed (shown in UTC)
     */
    public MailMessage emailChanged(String oldAddress, String name, String newAddress, Instant changedAt) {
        String masked = mask(newAddress);
        String text = """
                %s

                The e-mail address of your MomentVerse account was changed on %s
                from this address to %s. Mails about your account now go there.

                If you did this, there is nothing more to do. If you did not, someone else may be
                using your account: please contact MomentVerse support at once and quote this mail.
                %s""".formatted(greeting(name), WHEN.format(changedAt), masked, textFooter());
        String html = page("Your e-mail address was changed", """
                <p>%s</p>
                <p>The e-mail address of your MomentVerse account was changed on %s from this address
                to <strong>%s</strong>. Mails about your account now go there.</p>
                <p>If you did this, there is nothing more to do. If you did not, someone else may be
                using your account: please contact MomentVerse support at once and quote this mail.</p>"""
                .formatted(htmlGreeting(name), WHEN.format(changedAt), Html.escape(masked)));
        return new MailMessage(MailKind.EMAIL_CHANGED, oldAddress,
                "The e-mail address of your MomentVerse account was changed", text, html);
    }

    /** "24 hours", "30 minutes", "1 hour": whole hours when it is some, else minutes. */
    static String inWords(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A validity period must be positive: " + duration);
        }
        if (duration.toMinutes() % 60 == 0) {
            long hours = duration.toHours();
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        long minutes = Math.max(1, duration.toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    /** {@code ada@example.org} becomes {@code a***@example.org}. */
    static String mask(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.charAt(0) + "***" + address.substring(at);
    }

    /**
     * The receipt: the order is paid and the moment is the customer's.
     *
     * @param title    the moment's title, as the customer wrote it
     * @param span     the span as people read it, in the customer's zone and in UTC
     * @param lines    the order's lines as "description: amount" texts
     * @param total    the total, formatted with its currency
     */
    public MailMessage orderConfirmed(String recipient, String name, String title, String span, List<String> lines,
                                      String total) {
        String link = publicUrl() + "/account";
        String text = """
                %s

                Thank you: your moment is confirmed and yours alone.

                "%s"
                %s

                %s
                Total paid: %s (tax included)

                Your certificate follows in a separate mail. Your moments and orders: %s
                %s""".formatted(greeting(name), oneLine(title), span, String.join("\n", lines), total, link,
                textFooter());
        StringBuilder rows = new StringBuilder();
        for (String line : lines) {
            rows.append("<li>").append(Html.escape(line)).append("</li>");
        }
        String html = page("Your moment is confirmed", """
                <p>%s</p>
                <p>Thank you: your moment is confirmed and yours alone.</p>
                <p><strong>%s</strong><br>%s</p>
                <ul>%s</ul>
                <p>Total paid: <strong>%s</strong> (tax included)</p>
                <p>Your certificate follows in a separate mail.</p>
                %s""".formatted(htmlGreeting(name), Html.escape(title), Html.escape(span), rows, Html.escape(total),
                button(link, "My moments")));
        return new MailMessage(MailKind.ORDER_CONFIRMED, recipient, "Your moment is confirmed: " + oneLine(title),
                text, html);
    }

    /**
     * A paid order was refunded (by an administrator, or from the payment provider's side): the
     * moment is no longer the customer's.
     */
    public MailMessage orderRefunded(String recipient, String name, String title, String span, String total) {
        String text = """
                %s

                We have refunded your order for "%s" (%s): %s goes back to the card you paid with,
                which can take a few days to show. The moment is no longer held for you.
                %s""".formatted(greeting(name), oneLine(title), span, total, textFooter());
        String html = page("Your refund", """
                <p>%s</p>
                <p>We have refunded your order for <strong>%s</strong> (%s): %s goes back to the card you
                paid with, which can take a few days to show. The moment is no longer held for you.</p>"""
                .formatted(htmlGreeting(name), Html.escape(title), Html.escape(span), Html.escape(total)));
        return new MailMessage(MailKind.ORDER_REFUNDED, recipient, "Your refund from MomentVerse", text, html);
    }

    /**
     * A payment arrived after the hold had run out, and someone else had claimed the span (or the
     * star) meanwhile: the payment was given back in full.
     */
    public MailMessage latePaymentRefunded(String recipient, String name, String title, String span, String total) {
        String link = publicUrl() + "/claim";
        String text = """
                %s

                Your payment for "%s" (%s) arrived after the 30-minute hold had run out, and in the
                meantime someone else claimed that moment. We have refunded your payment of %s in
                full; it can take a few days to show on your card.

                You are welcome to choose another moment: %s
                %s""".formatted(greeting(name), oneLine(title), span, total, link, textFooter());
        String html = page("Your payment was refunded", """
                <p>%s</p>
                <p>Your payment for <strong>%s</strong> (%s) arrived after the 30-minute hold had run
                out, and in the meantime someone else claimed that moment. We have refunded your payment
                of %s in full; it can take a few days to show on your card.</p>
                %s""".formatted(htmlGreeting(name), Html.escape(title), Html.escape(span), Html.escape(total),
                button(link, "Choose another moment")));
        return new MailMessage(MailKind.LATE_PAYMENT_REFUNDED, recipient, "Your payment was refunded", text, html);
    }

    /**
     * The certificate is ready: its number, and the page where anyone can check it (and the
     * customer's account, where the PDF is).
     */
    public MailMessage certificateReady(String recipient, String name, String title, String number, String verifyUrl) {
        String pdf = publicUrl() + "/api/v1/certificates/" + number + "/pdf";
        String text = """
                %s

                The certificate of "%s" is ready: number %s.

                Download it (PDF, signed in): %s
                Anyone can check it here: %s
                %s""".formatted(greeting(name), oneLine(title), number, pdf, verifyUrl, textFooter());
        String html = page("Your certificate is ready", """
                <p>%s</p>
                <p>The certificate of <strong>%s</strong> is ready: number <strong>%s</strong>.</p>
                %s
                <p>Anyone can check it at <a href="%s">%s</a>.</p>""".formatted(htmlGreeting(name), Html.escape(title),
                Html.escape(number), button(pdf, "Download my certificate (PDF)"), Html.escape(verifyUrl),
                Html.escape(verifyUrl)));
        return new MailMessage(MailKind.CERTIFICATE_READY, recipient, "Your MomentVerse certificate " + number, text, html);
    }

    /**
     * A gift arrives: to its recipient, from the customer who dedicated the moment, with the
     * dedication, the moment's page ({@code shownMoment}, null for a private one, which only its owner may open) and
     * where to check the attached certificate.
     */
    public MailMessage giftDelivery(String recipient, String from, String title, String message, String dedicatedTo,
                                    String span, UUID shownMoment, String number, String verifyUrl) {
        String momentUrl = shownMoment == null ? null : publicUrl() + "/m/" + shownMoment;
        String giver = from == null || from.isBlank() ? "Someone" : oneLine(from);
        String text = """
                Hello%s,

                %s dedicated a moment of history to you on MomentVerse: "%s", %s.
                %s
                %sIts certificate, number %s, is attached; anyone can check it here: %s
                %s""".formatted(dedicatedTo == null ? "" : " " + oneLine(dedicatedTo), giver, oneLine(title), span,
                message == null ? "" : "\n" + message + "\n",
                momentUrl == null ? "" : "See it here: " + momentUrl + "\n", number, verifyUrl, textFooter());
        String html = page("A moment dedicated to you", """
                <p>Hello%s,</p>
                <p>%s dedicated a moment of history to you: <strong>%s</strong>, %s.</p>
                %s
                %s
                <p>Its certificate, number <strong>%s</strong>, is attached; anyone can check it at
                <a href="%s">%s</a>.</p>""".formatted(dedicatedTo == null ? "" : " " + Html.escape(oneLine(dedicatedTo)),
                Html.escape(giver), Html.escape(title), Html.escape(span),
                message == null ? "" : "<blockquote style=\"white-space: pre-line\">" + Html.escape(message) + "</blockquote>",
                momentUrl == null ? "" : button(momentUrl, "See the moment"), Html.escape(number),
                Html.escape(verifyUrl), Html.escape(verifyUrl)));
        return new MailMessage(MailKind.GIFT_DELIVERY, recipient, giver + " dedicated a moment of history to you", text, html);
    }

    /** Moderation hid the owner's moment: why, what it means, and that it stays theirs. */
    public MailMessage momentHidden(String recipient, String name, String title, String reason) {
        String text = """
                %s

                Your moment "%s" was hidden by our moderators. The reason:

                %s

                It stays yours and certified, and you still see it in your account; others no longer
                do. If you think this is a mistake, reply to this mail.
                %s""".formatted(greeting(name), oneLine(title), reason, textFooter());
        String html = page("Your moment was hidden", """
                <p>%s</p>
                <p>Your moment <strong>%s</strong> was hidden by our moderators. The reason:</p>
                <blockquote style="white-space: pre-line">%s</blockquote>
                <p>It stays yours and certified, and you still see it in your account; others no longer do.
                If you think this is a mistake, reply to this mail.</p>""".formatted(htmlGreeting(name), Html.escape(title),
                Html.escape(reason)));
        return new MailMessage(MailKind.MOMENT_HIDDEN, recipient, "Your MomentVerse moment was hidden", text, html);
    }

    /** A customer's text on one line (a title may not hold line breaks, but a subject must never). */
    private static String oneLine(String text) {
        return CONTROL_OR_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private String link(String pathAndParameter, String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("A link needs a token");
        }
        return publicUrl() + pathAndParameter + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private String publicUrl() {
        return PublicUrl.base(publicUrl);
    }

    /** "Hello Ada,"; a name's line breaks and control characters become spaces, so it stays one line. */
    private static String greeting(String name) {
        String oneLine = name == null ? "" : CONTROL_OR_SPACE.matcher(name).replaceAll(" ").strip();
        return oneLine.isEmpty() ? "Hello," : "Hello " + oneLine + ",";
    }

    private static String htmlGreeting(String name) {
        return Html.escape(greeting(name));
    }

    private String textFooter() {
        return """

                --\s
                MomentVerse
                %s
                """.formatted(publicUrl());
    }

    /** A link that looks like a button, with the address also written out for clients that hide it. */
    private static String button(String url, String label) {
        String href = Html.escape(url);
        return """
                <p><a href="%s" style="display:inline-block;padding:10px 18px;background:#2d3a8c;color:#ffffff;\
                text-decoration:none;border-radius:4px;">%s</a></p>
                <p style="font-size:13px;color:#555555;">Or copy this address into your browser:<br>%s</p>"""
                .formatted(href, Html.escape(label), href);
    }

    private String page(String title, String content) {
        String home = Html.escape(publicUrl());
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="UTF-8"><title>%s</title></head>
                <body style="margin:0;padding:24px;font-family:Helvetica,Arial,sans-serif;font-size:15px;\
                line-height:1.5;color:#1a1a2e;">
                %s
                <p style="margin-top:32px;font-size:13px;color:#777777;">MomentVerse &middot; <a href="%s">%s</a></p>
                </body>
                </html>
                """.formatted(Html.escape(title), content, home, home);
    }
}

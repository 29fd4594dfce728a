package com.momentverse.it;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.momentverse.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates as a client meets them (API.md "Certificates"): an order paid, its certificate
 * awaited, read, downloaded, checked against its SHA-256 and read back as text.
 *
 * <p>The default test execution has no Stripe: orders are paid on the test checkout page, a
 * Faces page for browsers. A black-box API test marks the order paid in the database instead
 * ({@link #pay}), and the server issues a certificate within seconds for every paid order, also
 * for one paid that way.
 */
public final class Certificates {

    /** A certificate number in its canonical form: MV-, then two groups of four from the 30-character alphabet. */
    public static final Pattern NUMBER = Pattern.compile("MV-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
    /** The characters of a number: digits 2–9 and the letters but I, L, O and U. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** How long a paid order may wait for its certificate. */
    public static final Duration ISSUE_TIMEOUT = Duration.ofSeconds(20);

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

    private Certificates() {
    }

    /** A moment whose order was paid and whose certificate was issued. */
    public record Certified(Api owner, String orderId, String momentId, String number) {
    }

    /** Places the order as the owner (201), pays it ({@link #pay}) and waits for its certificate. */
    public static Certified certify(Api owner, JsonObject orderBody) {
        JsonObject order = Orders.placed(owner, orderBody);
        String orderId = order.getString("orderId");
        String momentId = order.getString("momentId");
        pay(orderId, momentId);
        return new Certified(owner, orderId, momentId, awaitNumber(owner, orderId));
    }

    /**
     * Marks the order paid and its moment confirmed in the database, as the test checkout page
     * would (which only a browser can click).
     */
    public static void pay(String orderId, String momentId) {
        assertThat(Sql.update("UPDATE customer_order SET status = 'PAID', paid_at = now(), payment_reference = 'test_sql'"
                + " WHERE id = ?", UUID.fromString(orderId))).as("order %s", orderId).isEqualTo(1);
        assertThat(Sql.update("UPDATE moment SET status = 'CONFIRMED' WHERE id = ?", UUID.fromString(momentId)))
                .as("moment %s", momentId).isEqualTo(1);
    }

    /** Polls the order as its owner until it names its certificate (at most {@link #ISSUE_TIMEOUT}), and returns the number. */
    public static String awaitNumber(Api owner, String orderId) {
        Instant deadline = Instant.now().plus(ISSUE_TIMEOUT);
        JsonObject order = Orders.order(owner, orderId);
        while (order.isNull("certificateNumber") && Instant.now().isBefore(deadline)) {
            sleep(250);
            order = Orders.order(owner.withNewAddress(), orderId); // polling uses up no test's rate limit
        }
        assertThat(order.isNull("certificateNumber")).as("no certificate within %s for the paid order %s", ISSUE_TIMEOUT, order)
                .isFalse();
        String number = order.getString("certificateNumber");
        assertThat(number).matches(NUMBER);
        return number;
    }

    /** A well-formed number that no certificate has (30^8 numbers: the odds of a clash are nil). */
    public static String unknownNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder number = new StringBuilder("MV-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                number.append('-');
            }
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    public static String path(String number) {
        return "api/v1/certificates/" + number;
    }

    /** GET /api/v1/certificates/{number} as the caller, which must answer 200. */
    public static JsonObject certificate(Api api, String number) {
        HttpResponse<String> response = api.get(path(number));
        assertThat(response.statusCode()).as("%s: %s", number, response.body()).isEqualTo(200);
        return json(response);
    }

    /** Polls the certificate (as an anonymous client) until it has the status, for at most {@link #ISSUE_TIMEOUT}. */
    public static JsonObject awaitStatus(String number, String status) {
        Instant deadline = Instant.now().plus(ISSUE_TIMEOUT);
        JsonObject certificate = certificate(Api.anonymous(), number);
        while (!certificate.getString("status").equals(status) && Instant.now().isBefore(deadline)) {
            sleep(250);
            certificate = certificate(Api.anonymous(), number);
        }
        assertThat(certificate.getString("status")).as("certificate %s: %s", number, certificate).isEqualTo(status);
        return certificate;
    }

    /** GET /api/v1/certificates/{number}/pdf as the caller, read as bytes. */
    public static HttpResponse<byte[]> pdfResponse(Api api, String number) {
        return api.getBytes(path(number) + "/pdf");
    }

    /** The certificate's PDF as the caller downloads it, which must be allowed: 200, application/pdf, a PDF. */
    public static byte[] pdf(Api api, String number) {
        return assertPdf(pdfResponse(api, number), number);
    }

    /** The answer is a PDF (200, application/pdf, starting with %PDF-); its bytes. */
    public static byte[] assertPdf(HttpResponse<byte[]> response, String what) {
        assertThat(response.statusCode()).as("%s: %s", what, new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(what)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(response.body(), 0, Math.min(5, response.body().length), StandardCharsets.ISO_8859_1))
                .as(what).isEqualTo("%PDF-");
        return response.body();
    }

    /** The download is refused as if the certificate did not exist: 404 not-found, no PDF. */
    public static void assertPdfNotFound(Api api, String number) {
        HttpResponse<byte[]> response = pdfResponse(api, number);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as("%s: %s", number, body).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body).contains("/problems/not-found").doesNotStartWith("%PDF");
    }

    /** POST /api/v1/certificates/{number}/verify-file with the bytes as application/pdf. */
    public static HttpResponse<String> verifyFileResponse(Api api, String number, byte[] file) {
        return api.postBytes(path(number) + "/verify-file", file, "application/pdf");
    }

    /** What verify-file says of the bytes (200): {matches, status}. */
    public static JsonObject verifyFile(Api api, String number, byte[] file) {
        HttpResponse<String> response = verifyFileResponse(api, number, file);
        assertThat(response.statusCode()).as("%s: %s", number, response.body()).isEqualTo(200);
        return json(response);
    }

    /** SHA-256 of the bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PDF's text as PDFBox extracts it, with every run of white space made one space. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").trim();
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    /** The bytes with one byte changed, in the middle of the file. */
    public static byte[] tampered(byte[] pdf) {
        byte[] copy = pdf.clone();
        copy[copy.length / 2] ^= 0x01;
        return copy;
    }

    /** Waits (the outbox sends on a timer) for a mail to the address whose subject mentions a certificate, in any case. */
    public static MimeMessage awaitMail(String address) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = Mailbox.messages(address).stream()
                    .filter(m -> Mailbox.subject(m).toLowerCase(Locale.ROOT).contains("certificate"))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep(200);
        }
        throw new AssertionError("no certificate mail to " + address + " within 30 s; got "
                + Mailbox.messages(address).stream().map(Mailbox::subject).toList());
    }

    /** The bytes of the mail's attached PDF; fails when it has none. */
    public static byte[] pdfAttachment(MimeMessage mail) {
        try {
            jakarta.mail.internet.MimeMultipart mixed = (jakarta.mail.internet.MimeMultipart) mail.getContent();
            for (int i = 0; i < mixed.getCount(); i++) {
                jakarta.mail.BodyPart part = mixed.getBodyPart(i);
                if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                        && part.getContentType().toLowerCase(Locale.ROOT).startsWith("application/pdf")) {
                    return part.getInputStream().readAllBytes();
                }
            }
        } catch (jakarta.mail.MessagingException | java.io.IOException | ClassCastException e) {
            throw new AssertionError("the mail's parts cannot be read: " + e, e);
        }
        throw new AssertionError("the mail has no PDF attached");
    }

    /** The distinct links of the mail's text and HTML parts, in order of appearance. */
    public static List<String> links(MimeMessage message) {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(Mailbox.body(message) + "\n" + Mailbox.html(message));
        while (matcher.find()) {
            String link = matcher.group().replace("&amp;", "&");
            if (!links.contains(link)) {
                links.add(link);
            }
        }
        return links;
    }

    /** A link of a mail (built on the public URL) as a path on the site the tests reach. */
    public static String sitePath(String link) {
        URI uri = URI.create(link);
        String path = uri.getRawPath().startsWith("/") ? uri.getRawPath().substring(1) : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

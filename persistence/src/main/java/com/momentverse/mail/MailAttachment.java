package com.momentverse.mail;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a mail (a certificate's PDF), kept in the outbox row with the mail so that it
 * is sent exactly as it was when the mail was queued.
 *
 * @param fileName    the name the recipient sees, without a path
 * @param contentType e.g. {@code application/pdf}
 * @param content     the bytes (a copy is kept)
 */
public record MailAttachment(String fileName, String contentType, byte[] content) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** More than any certificate; mail servers commonly refuse much larger messages. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\") || fileName.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("An attachment's name is a plain file name");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("An attachment has at most " + MAX_BYTES + " bytes");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && fileName.equals(that.fileName)
                && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return fileName + " (" + contentType + ", " + content.length + " bytes)";
    }
}

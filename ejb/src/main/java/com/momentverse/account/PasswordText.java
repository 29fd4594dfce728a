package com.momentverse.account;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * The one normal form of a password: Unicode NFC. The policy counts characters in it and
 * the hasher hashes it, so "é" typed as one code point on one keyboard and as "e" plus a
 * combining accent on another is the same password, of the same length.
 */
final class PasswordText {

    static final Normalizer.Form FORM = Normalizer.Form.NFC;

    private PasswordText() {
    }

    /** The text in NFC; null becomes the empty string. */
    static String normalize(CharSequence text) {
        return text == null ? "" : Normalizer.normalize(text, FORM);
    }

    /**
     * The password in NFC, as characters: the given array itself when it is already
     * normalised (always so for ASCII, so usually no copy is made), else a new array that the
     * caller wipes after use (see {@link #wipeCopy}).
     */
    static char[] normalize(char[] password) {
        CharBuffer chars = CharBuffer.wrap(password);
        if (Normalizer.isNormalized(chars, FORM)) {
            return password;
        }
        return Normalizer.normalize(chars, FORM).toCharArray();
    }

    /** Overwrites {@code normalized} when {@link #normalize(char[])} made it as a copy of {@code original}. */
    static void wipeCopy(char[] normalized, char[] original) {
        if (normalized != original) {
            Arrays.fill(normalized, '\0');
        }
    }

    /**
     * The characters as UTF-8 bytes, for the hash function; the encoder's own buffer is wiped,
     * and the caller wipes the returned bytes after use.
     */
    static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = Arrays.copyOfRange(encoded.array(), encoded.position(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    /** The number of Unicode code points: an emoji made of two UTF-16 chars counts as one. */
    static int length(String normalized) {
        return normalized.codePointCount(0, normalized.length());
    }
}

package com.momentverse.certificate;

import com.momentverse.certificate.jasper.CertificateGlyphs;
import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import com.momentverse.moment.MomentText;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Refuses, when it is typed, text that a certificate could not print (an emoji, a rare symbol):
 * better a clear message on the claim page than a missing-glyph box on a paid certificate
 * (PRODUCT.md, "Certificates").
 */
public final class PrintableText {

    private PrintableText() {
    }

    /**
     * @throws InvalidInputException for {@code title}, {@code message}, {@code dedicatedTo}: code
     *                               {@code UNPRINTABLE}, naming the character
     */
    public static void check(MomentText text) {
        List<FieldError> errors = new ArrayList<>(3);
        check("title", text.title(), errors);
        check("message", text.message(), errors);
        check("dedicatedTo", text.dedicatedTo(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(String field, String value, List<FieldError> errors) {
        OptionalInt unprintable = value == null ? OptionalInt.empty() : CertificateGlyphs.firstUnprintable(value);
        if (unprintable.isPresent()) {
            int codePoint = unprintable.getAsInt();
            errors.add(new FieldError(field, "UNPRINTABLE", String.format(
                    "contains a character a certificate cannot print: %s (U+%04X); emoji and some symbols are not supported",
                    new String(Character.toChars(codePoint)), codePoint)));
        }
    }
}

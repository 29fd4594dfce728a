package com.momentverse.moment;

import com.momentverse.common.FieldError;
import com.momentverse.common.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MomentTextTest {

    @Test
    void keepsTextAsEnteredButNfcNormalisedAndTrimmed() {
        MomentText text = MomentText.of("  Cafe\u0301 at dawn ", "Line one\r\nLine two", " Ada ");
        assertThat(text.title()).isEqualTo("Caf\u00e9 at dawn");
        assertThat(text.message()).isEqualTo("Line one\nLine two");
        assertThat(text.dedicatedTo()).isEqualTo("Ada");
    }

    @Test
    void emptyOptionalTextBecomesNull() {
        MomentText text = MomentText.of("Title", "   ", "");
        assertThat(text.message()).isNull();
        assertThat(text.dedicatedTo()).isNull();
    }

    @Test
    void titleIsRequired() {
        assertThat(errors(null, null, null)).extracting(FieldError::field, FieldError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "REQUIRED"));
        assertThat(errors("   ", null, null)).extracting(FieldError::code).containsExactly("REQUIRED");
    }

    @Test
    void lengthsCountCharactersNotUtf16Units() {
        String emoji120 = "\uD83C\uDF1F".repeat(120); // 120 code points, 240 UTF-16 units
        assertThat(MomentText.of(emoji120, null, null).title()).hasSize(240);
        assertThat(errors("x".repeat(121), null, null)).extracting(FieldError::code).containsExactly("TOO_LONG");
        assertThat(MomentText.of("t", "m".repeat(1000), "d".repeat(120)).message()).hasSize(1000);
        assertThat(errors("t", "m".repeat(1001), "d".repeat(121))).extracting(FieldError::field)
                .containsExactly("message", "dedicatedTo");
    }

    @Test
    void combiningSequencesCountOnceAfterNormalisation() {
        String decomposed = "e\u0301".repeat(120); // 240 code points before NFC, 120 after
        assertThat(MomentText.of(decomposed, null, null).title()).isEqualTo("\u00e9".repeat(120));
    }

    @Test
    void controlCharactersAreRefusedLineBreaksOnlyInTheMessage() {
        assertThat(errors("Bell\u0007", null, null)).extracting(FieldError::code).containsExactly("CONTROL_CHARACTER");
        assertThat(errors("Two\nlines", null, null)).extracting(FieldError::field).containsExactly("title");
        assertThat(errors("t", "tab\there", null)).extracting(FieldError::field).containsExactly("message");
        assertThat(errors("t", null, "nul\u0000")).extracting(FieldError::field).containsExactly("dedicatedTo");
        assertThat(errors("t", "sep\u2028arate", null)).extracting(FieldError::field).containsExactly("message");
        assertThat(errors("lone \uD800 surrogate", null, null)).extracting(FieldError::field).containsExactly("title");
    }

    @Test
    void rightToLeftAndJoinerFormatCharactersAreText() {
        String arabic = "\u0644\u062d\u0638\u0629 \u200F\u05E8\u05D2\u05E2"; // Arabic, RLM, Hebrew
        assertThat(MomentText.of(arabic, null, "\u200D").title()).isEqualTo(arabic);
    }

    @Test
    void everyFieldAtFaultIsReportedAtOnce() {
        assertThat(errors("", "\u0001", "x".repeat(200))).extracting(FieldError::field)
                .containsExactlyInAnyOrder("title", "message", "dedicatedTo");
    }

    @Test
    void withReplacesOnlyWhatIsGivenAndEmptyRemoves() {
        MomentText text = MomentText.of("Title", "Message", "Ada");
        assertThat(text.with(null, "", null)).isEqualTo(new MomentText("Title", null, "Ada"));
        assertThat(text.with("New", null, null)).isEqualTo(new MomentText("New", "Message", "Ada"));
        assertThatThrownBy(() -> text.with("", null, null)).isInstanceOf(InvalidInputException.class);
    }

    private static java.util.List<FieldError> errors(String title, String message, String dedicatedTo) {
        try {
            MomentText.of(title, message, dedicatedTo);
        } catch (InvalidInputException e) {
            return e.getErrors();
        }
        throw new AssertionError("expected the text to be refused");
    }
}

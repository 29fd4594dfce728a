package com.momentverse.moment.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ShareTagsTest {

    static final String TITLE = "Tom & \"Jerry\" <script>alert('x')</script> 'n' Ünïcødé 北斗";
    static final String PAGE = "https://momentverse.example/m/0b5c4f8e-9d3a-4e21-8f6b-2a7c9d1e3f40";
    static final String PICTURE = PAGE + "/og.png?v=abc&x=<1>";
    static final Pattern TAG = Pattern.compile("<(meta|link) ([^>]*)/>");

    @Test
    void everyValueIsEscapedSoNoTitleBecomesMarkup() {
        String html = ShareTags.html(TITLE, "A \"quoted\" <b>description</b> & more", PAGE, PICTURE, "“" + TITLE + "”", true);

        assertThat(html).doesNotContain("<script", "<b>", "alert('x')", "\"Jerry\"", "& more", "&x=");
        assertThat(html).contains("content=\"Tom &amp; &quot;Jerry&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &#39;n&#39; Ünïcødé 北斗\"");
        assertThat(html).contains("<meta property=\"og:image\" content=\"" + PAGE + "/og.png?v=abc&amp;x=&lt;1&gt;\"/>");
        // Every line is one whole tag; between quotes nothing ends an attribute early.
        for (String line : html.split("\n")) {
            Matcher tag = TAG.matcher(line);
            assertThat(tag.matches()).as(line).isTrue();
            assertThat(tag.group(2)).as(line).matches("(\\w+=\"[^\"<>]*\" ?)+");
        }
    }

    @Test
    void openGraphAndTwitterTagsNameTitlePageAndALargePicture() {
        String html = ShareTags.html("Apollo 11", "20 July 1969 CE.", PAGE, PICTURE, "the picture", true);

        assertThat(html).contains(
                "<link rel=\"canonical\" href=\"" + PAGE + "\"/>",
                "<meta property=\"og:title\" content=\"Apollo 11\"/>",
                "<meta property=\"og:description\" content=\"20 July 1969 CE.\"/>",
                "<meta property=\"og:url\" content=\"" + PAGE + "\"/>",
                "<meta property=\"og:type\" content=\"article\"/>",
                "<meta property=\"og:image:width\" content=\"1200\"/>",
                "<meta property=\"og:image:height\" content=\"630\"/>",
                "<meta name=\"twitter:card\" content=\"summary_large_image\"/>",
                "<meta name=\"twitter:title\" content=\"Apollo 11\"/>",
                "<meta name=\"twitter:image\" content=\"" + PAGE + "/og.png?v=abc&amp;x=&lt;1&gt;\"/>",
                "<meta name=\"description\" content=\"20 July 1969 CE.\"/>");
        assertThat(html).doesNotContain("robots");
    }

    @Test
    void aPageNotToBeListedSaysNoindex() {
        assertThat(ShareTags.html("t", "d", PAGE, PICTURE, "a", false)).startsWith("<meta name=\"robots\" content=\"noindex\"/>\n");
    }

    @Test
    void theDescriptionIsOneLineOfAtMost200Characters() {
        assertThat(ShareTags.description("20 July 1969 CE, 20:17:40 – 20:18:40 UTC", "Neil", "One small step.\nOne giant leap."))
                .isEqualTo("20 July 1969 CE, 20:17:40 – 20:18:40 UTC. For Neil. One small step. One giant leap.");
        assertThat(ShareTags.description("1 May 2000 CE, 10:00:00 – 10:00:01 UTC", null, null))
                .isEqualTo("1 May 2000 CE, 10:00:00 – 10:00:01 UTC.");

        String long_ = ShareTags.description("1 May 2000 CE, 10:00:00 – 10:00:01 UTC", " ", "word ".repeat(100));
        assertThat(long_).hasSizeLessThanOrEqualTo(200).endsWith("word\u2026").doesNotContain("\n", "  ");
        assertThat(ShareTags.shorten("北".repeat(300), 200)).hasSize(200).endsWith("\u2026");
        for (String text : List.of("", "short")) {
            assertThat(ShareTags.shorten(text, 200)).isEqualTo(text);
        }
    }
}

package com.momentverse.star;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StarSearchKeyTest {

    @Test
    void normalizeRemovesAccentsAndCase() {
        assertThat(StarSearchKey.normalize("Boötis")).isEqualTo("bootis");
        assertThat(StarSearchKey.normalize("  SIRIUS ")).isEqualTo("sirius");
    }

    @Test
    void normalizeSpellsOutGreekLetters() {
        assertThat(StarSearchKey.normalize("α Lyrae")).isEqualTo("alpha lyrae");
        assertThat(StarSearchKey.normalize("ω² Scorpii")).isEqualTo("omega2 scorpii");
    }

    @Test
    void normalizeCollapsesPunctuationAndKeepsNothingDangerousForLike() {
        assertThat(StarSearchKey.normalize("100% _Her_")).isEqualTo("100 her");
        assertThat(StarSearchKey.normalize(null)).isEmpty();
        assertThat(StarSearchKey.normalize("%%")).isEmpty();
    }

    @Test
    void keyHoldsEveryNameAndTheDesignationWithoutComponentNumber() {
        String key = StarSearchKey.of("Rigil Kentaurus", "α1 Centauri", "Cen", "Centaurus");
        assertThat(key).contains("|rigil kentaurus|", "|alpha1 centauri|", "|alpha centauri|", "|cen|", "|centaurus|");
    }

    @Test
    void spelledOutQueriesFindTheirStars() {
        String vega = StarSearchKey.of("Vega", "α Lyrae", "Lyr", "Lyra");
        String arcturus = StarSearchKey.of("Arcturus", "α Boötis", "Boo", "Boötes");
        assertThat(vega).contains(StarSearchKey.normalize("alpha Lyrae"));
        assertThat(arcturus).contains(StarSearchKey.normalize("bootis"));
        assertThat(arcturus).doesNotContain(StarSearchKey.normalize("lyrae"));
    }

    @Test
    void keyOfAStarWithoutNames() {
        assertThat(StarSearchKey.of(null, null, "Oct", "Octans")).isEqualTo("|oct|octans|");
    }
}

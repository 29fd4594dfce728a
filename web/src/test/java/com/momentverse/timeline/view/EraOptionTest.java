package com.momentverse.timeline.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EraOptionTest {

    @Test
    void erasAreOfferedWithTheirYearsAsProductMdWritesThem() {
        assertThat(new TimelinePage().getEras()).extracting(EraOption::getLabel).containsExactly(
                "Ancient Civilizations, 3300–500 BCE",
                "Classical Antiquity, 500 BCE – 500 CE",
                "Middle Ages, 500–1500 CE",
                "Early Modern, 1500–1760 CE",
                "Industrial Age, 1760–1900 CE",
                "Modern Era, 1900–2000 CE",
                "Our Century, 2000–2100 CE");
        EraOption ancient = new TimelinePage().getEras().get(0);
        assertThat(ancient.getId()).isEqualTo("ancient");
        assertThat(ancient.getStart()).isEqualTo("-3299-01-01T00:00:00Z");
        assertThat(ancient.getEnd()).isEqualTo("-0499-01-01T00:00:00Z");
    }
}

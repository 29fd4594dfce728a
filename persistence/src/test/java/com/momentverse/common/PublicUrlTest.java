package com.momentverse.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void aTrailingSlashOrSpacesInTheSettingChangeNoAddress() {
        for (String configured : new String[] {"https://momentverse.example", "https://momentverse.example/",
                " https://momentverse.example/ \n"}) {
            assertThat(PublicUrl.base(configured)).isEqualTo("https://momentverse.example");
            assertThat(PublicUrl.of(configured, "/m/42")).isEqualTo("https://momentverse.example/m/42");
        }
        assertThat(PublicUrl.of("http://localhost:8080/app/", "/verify/MV-7K3Q-9XWD"))
                .isEqualTo("http://localhost:8080/app/verify/MV-7K3Q-9XWD");
    }
}

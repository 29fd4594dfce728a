package com.momentverse.moment.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MomentPathTest {

    static final String ID = "0b5c4f8e-9d3a-4e21-8f6b-2a7c9d1e3f40";

    @Test
    void aMomentsPageAndItsTwoPicturesHaveAddresses() {
        assertThat(MomentPath.Address.of("/" + ID)).isEqualTo(new MomentPath.Address(UUID.fromString(ID), null));
        assertThat(MomentPath.Address.of("/" + ID + "/og.png").picture()).isEqualTo("/og.png");
        assertThat(MomentPath.Address.of("/" + ID + "/sky.png").picture()).isEqualTo("/sky.png");
        assertThat(new MomentPath().query("/" + ID)).isEqualTo(Optional.of("id=" + ID));
    }

    @Test
    void anythingElseBelowMIsNotFound() {
        for (String path : new String[] {null, "", "/", "/" + ID + "/", "/" + ID + "/og.jpg", "/" + ID + "/og.png/x",
                "/not-a-uuid", "/" + ID.toUpperCase() + "x", "/1-1-1-1-1", "/" + ID + "/../og.png"}) {
            assertThat(MomentPath.Address.of(path)).as(path).isNull();
            if (path != null) {
                assertThat(new MomentPath().query(path)).as(path).isEmpty();
            }
        }
        // A picture's address is not the page's.
        assertThat(new MomentPath().query("/" + ID + "/og.png")).isEmpty();
    }

    @Test
    void ifNoneMatchIsComparedWeaklyAndAcceptsListsAndTheWildcard() {
        String etag = "\"abc\"";

        assertThat(MomentPath.matches(null, etag)).isFalse();
        assertThat(MomentPath.matches("\"abc\"", etag)).isTrue();
        assertThat(MomentPath.matches("W/\"abc\"", etag)).isTrue();
        assertThat(MomentPath.matches("\"x\", \"abc\"", etag)).isTrue();
        assertThat(MomentPath.matches("*", etag)).isTrue();
        assertThat(MomentPath.matches("\"abd\"", etag)).isFalse();
        assertThat(MomentPath.matches("abc", etag)).isFalse();
    }
}

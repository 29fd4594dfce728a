package com.momentverse.star;

import com.momentverse.common.InvalidCursorException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StarQueryTest {

    @Test
    void hipNumbersAreRecognised() {
        assertThat(query("32349").hip()).isEqualTo(32349);
        assertThat(query("HIP 32349").hip()).isEqualTo(32349);
        assertThat(query("hip32349").hip()).isEqualTo(32349);
        assertThat(query("Sirius").hip()).isNull();
        assertThat(query("1234567890").hip()).isNull();
        assertThat(query("").hip()).isNull();
        assertThat(query(null).hip()).isNull();
    }

    @Test
    void cursorsRoundTripAndRejectForgeries() {
        StarPosition position = new StarPosition(-1.44, 32349);
        assertThat(StarPosition.fromCursor(position.toCursor())).isEqualTo(position);
        assertThatThrownBy(() -> StarPosition.fromCursor("not a cursor")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> StarPosition.fromCursor("")).isInstanceOf(InvalidCursorException.class);
        assertThatThrownBy(() -> StarPosition.fromCursor("TmFOOjE")).isInstanceOf(InvalidCursorException.class);
    }

    private static StarQuery query(String text) {
        return new StarQuery(text, null, null, false);
    }
}

package com.momentverse.certificate.jasper;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CelestialTextTest {

    @Test
    void rightAscensionInHoursMinutesSeconds() {
        assertThat(CelestialText.rightAscension(101.2872)).isEqualTo("6h 45m 08.9s");
        assertThat(CelestialText.rightAscension(0)).isEqualTo("0h 00m 00.0s");
        assertThat(CelestialText.rightAscension(359.99999)).isEqualTo("0h 00m 00.0s");
    }

    @Test
    void declinationWithTrueMinus() {
        assertThat(CelestialText.declination(-16.7161)).isEqualTo("−16° 42′ 58″");
        assertThat(CelestialText.declination(89.2641)).isEqualTo("+89° 15′ 51″");
        assertThat(CelestialText.declination(-0.00001)).isEqualTo("+0° 00′ 00″");
    }

    @Test
    void magnitudeWithTrueMinus() {
        assertThat(CelestialText.magnitude(-1.44)).isEqualTo("−1.44");
        assertThat(CelestialText.magnitude(3.5)).isEqualTo("3.50");
        assertThat(CelestialText.magnitude(-0.001)).isEqualTo("0.00");
    }
}

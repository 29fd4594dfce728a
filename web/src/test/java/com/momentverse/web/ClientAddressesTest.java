package com.momentverse.web;

import com.momentverse.web.FakeHttp;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAddressesTest {

    private static final String PROXY = "10.0.0.2";
    private static final String INNER_PROXY = "10.0.0.3";

    private final ClientAddresses trustingProxies = new ClientAddresses(Set.of(PROXY, INNER_PROXY));

    @Test
    void withoutTrustedProxiesThePeerIsTheClient() {
        ClientAddresses none = ClientAddresses.fromSetting(Optional.empty());

        assertThat(none.of(FakeHttp.Request.of("GET", "/api/v1/stars").from("198.51.100.4")
                .header("X-Forwarded-For", "192.0.2.1").build())).isEqualTo("198.51.100.4");
    }

    @Test
    void xForwardedForFromAPeerThatIsNotTrustedIsIgnored() {
        assertThat(trustingProxies.of(FakeHttp.Request.of("GET", "/api/v1/stars").from("198.51.100.4")
                .header("X-Forwarded-For", "192.0.2.1").build())).isEqualTo("198.51.100.4");
    }

    @Test
    void aTrustedProxyIsBelievedAboutTheAddressItAppended() {
        assertThat(trustingProxies.of(FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY)
                .header("X-Forwarded-For", "192.0.2.1").build())).isEqualTo("192.0.2.1");
    }

    @Test
    void whatTheClientPutInFrontIsNotBelieved() {
        // The client sent "X-Forwarded-For: 1.1.1.1" itself; our proxy appended the address it saw.
        assertThat(trustingProxies.of(FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY)
                .header("X-Forwarded-For", "1.1.1.1, 192.0.2.1").build())).isEqualTo("192.0.2.1");
    }

    @Test
    void theRightMostAddressThatIsNotOurProxyIsTheClient() {
        assertThat(trustingProxies.of(FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY)
                .header("X-Forwarded-For", "1.1.1.1, 192.0.2.1, " + INNER_PROXY).build())).isEqualTo("192.0.2.1");
    }

    @Test
    void repeatedHeadersAreOneList() {
        assertThat(trustingProxies.of(FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY)
                .header("X-Forwarded-For", "1.1.1.1")
                .header("X-Forwarded-For", "192.0.2.1, " + INNER_PROXY).build())).isEqualTo("192.0.2.1");
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsItselfTheClient() {
        assertThat(trustingProxies.of(FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY).build()))
                .isEqualTo(PROXY);
    }

    @Test
    void aChainOfOnlyOurProxiesStartedAtTheLeftMost() {
        assertThat(trustingProxies.of(FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY)
                .header("X-Forwarded-For", INNER_PROXY).build())).isEqualTo(INNER_PROXY);
    }

    @Test
    void somethingThatIsNotAnAddressWhereOurProxyWritesMeansThePeer() {
        assertThat(trustingProxies.of(FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY)
                .header("X-Forwarded-For", "192.0.2.1, unknown").build())).isEqualTo(PROXY);
        assertThat(trustingProxies.of(FakeHttp.Request.of("GET", "/api/v1/stars").from(PROXY)
                .header("X-Forwarded-For", "example.com").build())).isEqualTo(PROXY);
    }

    @Test
    void ipv6IsComparedInOneForm() {
        ClientAddresses loopbackProxy = ClientAddresses.fromSetting(Optional.of("::1"));

        assertThat(loopbackProxy.of(FakeHttp.Request.of("GET", "/api/v1/stars").from("0:0:0:0:0:0:0:1")
                .header("X-Forwarded-For", "[2001:db8::7]:51234").build())).isEqualTo("2001:db8:0:0:0:0:0:7");
    }

    @Test
    void addressesHaveOneCanonicalForm() {
        assertThat(ClientAddresses.canonical(" 192.0.2.1 ")).isEqualTo("192.0.2.1");
        assertThat(ClientAddresses.canonical("192.0.2.1:8080")).isEqualTo("192.0.2.1");
        assertThat(ClientAddresses.canonical("192.000.002.001")).isEqualTo("192.0.2.1");
        assertThat(ClientAddresses.canonical("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(ClientAddresses.canonical("2001:DB8::1")).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(ClientAddresses.canonical("256.1.1.1")).isNull();
        assertThat(ClientAddresses.canonical("localhost")).isNull();
        assertThat(ClientAddresses.canonical("abc")).isNull();
        assertThat(ClientAddresses.canonical("1:2:3:4:5:6:7:8:9")).isNull();
        assertThat(ClientAddresses.canonical("[::1")).isNull();
        assertThat(ClientAddresses.canonical(null)).isNull();
    }

    @Test
    void theSettingListsAddressesSeparatedByCommas() {
        ClientAddresses two = ClientAddresses.fromSetting(Optional.of(" 10.0.0.2 ,, 10.0.0.3 "));

        assertThat(two.of(FakeHttp.Request.of("GET", "/api/v1/stars").from("10.0.0.3")
                .header("X-Forwarded-For", "192.0.2.1").build())).isEqualTo("192.0.2.1");
        assertThatThrownBy(() -> ClientAddresses.fromSetting(Optional.of("10.0.0.2, proxy.internal")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy.internal");
    }
}

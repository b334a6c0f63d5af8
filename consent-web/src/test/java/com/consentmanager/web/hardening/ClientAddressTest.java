package com.consentmanager.web.hardening;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.1");

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertThat(ClientAddress.of("198.51.100.7", "203.0.113.9", Set.of())).isEqualTo("198.51.100.7");
    }

    @Test
    void aRequestNotComingFromATrustedProxyKeepsItsRemoteAddress() {
        assertThat(ClientAddress.of("198.51.100.7", "203.0.113.9", PROXY)).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheClientIsTheHopTheProxyAdded() {
        assertThat(ClientAddress.of("10.0.0.1", "203.0.113.9", PROXY)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.1", " 203.0.113.9 ", PROXY)).isEqualTo("203.0.113.9");
    }

    @Test
    void addressesTheClientWroteItselfBeforeTheProxysHopAreNotBelieved() {
        assertThat(ClientAddress.of("10.0.0.1", "1.2.3.4, 5.6.7.8, 203.0.113.9", PROXY)).isEqualTo("203.0.113.9");
    }

    @Test
    void chainedTrustedProxiesAreSkipped() {
        Set<String> proxies = Set.of("10.0.0.1", "10.0.0.2");

        assertThat(ClientAddress.of("10.0.0.1", "1.2.3.4, 203.0.113.9, 10.0.0.2", proxies)).isEqualTo("203.0.113.9");
    }

    @Test
    void anEmptyOrMissingHeaderLeavesTheProxysAddress() {
        assertThat(ClientAddress.of("10.0.0.1", null, PROXY)).isEqualTo("10.0.0.1");
        assertThat(ClientAddress.of("10.0.0.1", " ", PROXY)).isEqualTo("10.0.0.1");
        assertThat(ClientAddress.of("10.0.0.1", "203.0.113.9, ", PROXY)).isEqualTo("10.0.0.1");
    }
}

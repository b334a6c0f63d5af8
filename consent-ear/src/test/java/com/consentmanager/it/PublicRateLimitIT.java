package com.consentmanager.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages and routes are rate-limited per client address. The test stands for distinct
 * clients with X-Forwarded-For: the test domain trusts the loopback address as a proxy
 * (server-config/asadmin/test/70-public-rate-limit.asadmin), and the default limits apply (a
 * burst of 20, then 60 a minute). Nothing is published under /public yet: the 404 answers count
 * as requests all the same.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicRateLimitIT {

    /** Far more than the burst; a client is refused long before, whatever the machine's speed. */
    private static final int AT_MOST = 1_000;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void aBurstOnThePublicApiIsRefusedWithProblemJsonWhileAnotherClientIsStillServed() {
        String flooder = address("203.0.113.");
        String neighbour = address("198.51.100.");

        Burst burst = burst("api/v1/public/partners", flooder, "fr");

        assertThat(burst.served).as("the burst is served first").isGreaterThanOrEqualTo(20);
        assertThat(burst.refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(burst.refused.header("Retry-After"))).isPositive();
        assertThat(burst.refused.contentType()).startsWith("application/problem+json");
        assertThat(burst.refused.json().asJsonObject().getString("code")).isEqualTo("error.too_many_requests");
        assertThat(burst.refused.json().asJsonObject().getInt("status")).isEqualTo(429);
        assertThat(burst.refused.json().asJsonObject().getString("detail")).contains("réessayez");

        Api.Reply served = new Api(base).call("GET", "api/v1/public/partners", null, "X-Forwarded-For", neighbour);
        assertThat(served.status()).as("another client").isNotEqualTo(429);
    }

    @Test
    void aBurstOnPublicPagesIsRefusedWithATranslatedTextWhileAnotherClientIsStillServed() {
        String flooder = address("192.0.2.");
        String neighbour = address("198.51.100.");

        Burst burst = burst("public/partners.xhtml", flooder, "en");

        assertThat(burst.served).isGreaterThanOrEqualTo(20);
        assertThat(burst.refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(burst.refused.header("Retry-After"))).isPositive();
        assertThat(burst.refused.contentType()).startsWith("text/plain");
        assertThat(burst.refused.response().body()).startsWith("Too many requests from your address.");

        Api.Reply served = new Api(base).call("GET", "public/partners.xhtml", null, "X-Forwarded-For", neighbour);
        assertThat(served.status()).as("another client").isNotEqualTo(429);
        Api.Reply console = new Api(base).call("GET", "login.xhtml", null, "X-Forwarded-For", flooder);
        assertThat(console.status()).as("pages outside /public are not limited").isEqualTo(200);
    }

    /** Sends requests as the given client until one is refused. */
    private Burst burst(String path, String client, String language) {
        Api api = new Api(base);
        int served = 0;
        for (int i = 0; i < AT_MOST; i++) {
            Api.Reply reply = api.call("GET", path, null, "X-Forwarded-For", client, "Accept-Language", language);
            if (reply.status() == 429) {
                return new Burst(served, reply);
            }
            served++;
        }
        throw new AssertionError(client + " was never refused in " + AT_MOST + " requests to " + path);
    }

    private record Burst(int served, Api.Reply refused) {
    }

    /** A documentation address (RFC 5737) of its own for each test run: no leftovers from another. */
    private static String address(String network) {
        return network + ThreadLocalRandom.current().nextInt(1, 255);
    }
}

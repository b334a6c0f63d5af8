package com.consentmanager.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GDPR rights over REST: an export for callers with {@code profiles:write} (keys, ADMIN,
 * OPERATOR), an erasure for console administrators only; refusals as problem JSON.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProfileApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private String writer;
    private String reader;
    private String operator;

    @BeforeEach
    void callers() throws Exception {
        api = new Api(base);
        String suffix = unique();
        writer = "Bearer " + TestDatabase.addApiKey("crm " + suffix, "profiles:write");
        reader = "Bearer " + TestDatabase.addApiKey("message " + suffix, "gate:read");
        TestDatabase.addUser("operator-" + suffix, "OPERATOR", "operator-password-" + suffix);
        operator = Credentials.basic("operator-" + suffix, "operator-password-" + suffix);
    }

    @Test
    void anExportGivesEverythingAboutThePersonToCallersWithProfilesWrite() {
        String email = "rest-export-" + unique() + "@example.com";
        submit(email);

        Api.Reply export = api.call("GET", "api/v1/profiles/export?email=" + email, null, "Authorization", writer);
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        JsonObject document = export.json().asJsonObject();
        assertThat(document.getJsonObject("profile").getString("email")).isEqualTo(email);
        assertThat(document.getJsonArray("evidence").getJsonObject(0).getString("userAgent")).isEqualTo("Shop/2.0");
        assertThat(api.call("GET", "api/v1/profiles/export?email=" + email, null, "Authorization", operator).status())
                .isEqualTo(200);

        Api.Reply refused = api.call("GET", "api/v1/profiles/export?email=" + email, null, "Authorization", reader);
        assertThat(refused.status()).as("gate:read is not enough").isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        Api.Reply unknown = api.call("GET", "api/v1/profiles/export?email=ghost-" + unique() + "@example.com", null,
                "Authorization", writer);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().asJsonObject().getString("code")).isEqualTo("profile.not_found");
        assertThat(api.call("GET", "api/v1/profiles/export?email=" + email + "&phone=%2B33600000000", null,
                "Authorization", writer).status()).as("exactly one reference").isEqualTo(400);
    }

    @Test
    void onlyAConsoleAdministratorErasesAndTheErasedPersonIsGone() {
        String email = "rest-erase-" + unique() + "@example.com";
        submit(email);
        String body = "{\"profile\":{\"email\":\"" + email + "\"},\"reason\":\"Art. 17 request by mail\"}";

        Api.Reply byKey = api.call("POST", "api/v1/profiles/erasures", body, "Authorization", writer);
        assertThat(byKey.status()).as("no API key erases").isEqualTo(403);
        assertThat(byKey.contentType()).startsWith("application/problem+json");
        assertThat(api.call("POST", "api/v1/profiles/erasures", body, "Authorization", operator).status()).isEqualTo(403);
        Api.Reply noReason = api.asAdmin("POST", "api/v1/profiles/erasures", "{\"profile\":{\"email\":\"" + email + "\"}}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");

        Api.Reply erased = api.asAdmin("POST", "api/v1/profiles/erasures", body);
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().asJsonObject().getString("erasedAt")).isNotBlank();
        assertThat(api.asAdmin("POST", "api/v1/profiles/erasures", body).status()).as("nobody left to erase").isEqualTo(404);
        assertThat(api.call("GET", "api/v1/profiles/export?email=" + email, null, "Authorization", writer).status())
                .isEqualTo(404);
    }

    private void submit(String email) {
        Api.Reply recorded = api.call("POST", "api/v1/submissions", """
                {"email":"%s","choices":[{"purpose":"commercial_email","channel":"email","state":"ACCEPTED"}],
                 "origin":{"ipAddress":"192.0.2.50","userAgent":"Shop/2.0"}}""".formatted(email), "Authorization", writer);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

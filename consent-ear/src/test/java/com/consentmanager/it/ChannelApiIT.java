package com.consentmanager.it;

import jakarta.json.JsonArray;
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

/** {@code /api/v1/channels} as another application calls it: over HTTP, with JSON. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChannelApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void anonymousCallsAreRefusedWithA401Problem() {
        Api.Reply reply = api.call("GET", "api/v1/channels", null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith(PROBLEM);
        assertThat(reply.response().headers().allValues("WWW-Authenticate"))
                .anyMatch(challenge -> challenge.startsWith("Basic"))
                .anyMatch(challenge -> challenge.startsWith("Bearer"));
        assertThat(api.call("GET", "api/v1/channels", null, "Authorization", Credentials.basic("admin", "wrong-password"))
                .status()).isEqualTo(401);
    }

    @Test
    void listsTheFourBuiltInChannels() {
        Api.Reply reply = api.asAdmin("GET", "api/v1/channels", null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonArray channels = reply.json().asJsonArray();
        assertThat(channels.getValuesAs(JsonObject.class))
                .filteredOn(channel -> channel.getBoolean("builtIn"))
                .extracting(channel -> channel.getString("key"))
                .containsExactly("email", "phone", "site", "sms");
        JsonObject phone = api.asAdmin("GET", "api/v1/channels/phone", null).json().asJsonObject();
        assertThat(phone.getJsonObject("publicNames").getString("fr")).isEqualTo("Téléphone");
        assertThat(phone).doesNotContainKey("id");
    }

    @Test
    void createsAChannelWithAGeneratedKeyThenRenamesAndDeletesIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply created = api.asAdmin("POST", "api/v1/channels", "{\"name\":\"Courrier postal " + suffix + "\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = "courrier_postal_" + suffix;
        assertThat(created.json().asJsonObject().getString("key")).isEqualTo(key);
        assertThat(created.header("Location")).endsWith("/api/v1/channels/" + key);

        Api.Reply renamed = api.asAdmin("PUT", "api/v1/channels/" + key, "{\"publicNames\":{\"en\":\"Postal mail\"}}");
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(renamed.json().asJsonObject().getJsonObject("publicNames").getString("en")).isEqualTo("Postal mail");

        assertThat(api.asAdmin("DELETE", "api/v1/channels/" + key, null).status()).isEqualTo(204);
        assertThat(api.asAdmin("GET", "api/v1/channels/" + key, null).status()).isEqualTo(404);
    }

    @Test
    void badKeysAreRefusedWithFieldLevelProblems() {
        Api.Reply whiteSpace = api.asAdmin("POST", "api/v1/channels", "{\"name\":\"Fax\",\"key\":\"bad key\"}");

        assertThat(whiteSpace.status()).as(whiteSpace.toString()).isEqualTo(400);
        assertThat(whiteSpace.contentType()).startsWith(PROBLEM);
        JsonObject error = whiteSpace.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("key");
        assertThat(error.getString("message")).contains("white space");

        Api.Reply duplicate = api.asAdmin("POST", "api/v1/channels", "{\"name\":\"Email bis\",\"key\":\"email\"}");
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.json().asJsonObject().getString("code")).isEqualTo("channel.key.taken");
    }

    @Test
    void badBodiesAreRefusedWithProblemsAndNeverA500() {
        int before = api.asAdmin("GET", "api/v1/channels", null).json().asJsonArray().size();

        assertProblem(api.asAdmin("POST", "api/v1/channels", "{\"name\":"), 400);
        assertProblem(api.asAdmin("POST", "api/v1/channels", "[1,2]"), 400);
        assertProblem(api.asAdmin("POST", "api/v1/channels", "{\"name\":\"\"}"), 400);
        assertProblem(api.asAdmin("POST", "api/v1/channels", "{\"name\":\"" + "x".repeat(10_240) + "\"}"), 400);
        assertProblem(api.asAdmin("POST", "api/v1/channels", "{\"name\":\"Fax\",\"publicNames\":{\"de\":\"Fax\"}}"), 400);
        assertProblem(api.asAdmin("PUT", "api/v1/channels/no_such_channel", "{\"key\":\"x\"}"), 404);
        assertProblem(api.asAdmin("DELETE", "api/v1/channels/email", null), 409);
        assertProblem(api.asAdmin("GET", "api/v1/nothing-here", null), 404);
        // the strict JSON reading, in the server: the application's reader, not the server's JSON-B one, answers
        assertRefused(api.asAdmin("POST", "api/v1/channels", "{\"name\":\"Fax\"} xyz"), "body", "json.trailing_content");
        assertRefused(api.asAdmin("POST", "api/v1/channels", "{\"name\":\"Fax\",\"key\":123}"), "key", "type.string");
        assertRefused(api.asAdmin("POST", "api/v1/channels", "{\"name\":[\"Fax\"]}"), "name", "type.string");
        assertRefused(api.asAdmin("POST", "api/v1/channels", "{\"name\":\"Fax\",\"colour\":\"red\"}"), "colour", "json.unknown_property");
        assertRefused(api.asAdmin("PUT", "api/v1/channels/email", "{\"key\":5}"), "key", "type.string");

        assertThat(api.asAdmin("GET", "api/v1/channels", null).json().asJsonArray()).hasSize(before);
    }

    @Test
    void problemTextsFollowTheAcceptedLanguage() {
        Api.Reply reply = api.call("POST", "api/v1/channels", "{\"name\":\"Fax\",\"key\":\"bad key\"}",
                "Authorization", Credentials.basicAdmin(), "Accept-Language", "fr-FR,fr;q=0.9");

        assertThat(reply.json().asJsonObject().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("espace");
    }

    @Test
    void healthReportsTheDatabaseUp() {
        Api.Reply health = api.call("GET", "../health/ready", null);

        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        JsonObject database = health.json().asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database"))
                .findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(health.response().body()).as("no version of anything").doesNotContainPattern("\\d+\\.\\d+")
                .doesNotContainIgnoringCase("postgres").doesNotContainIgnoringCase("payara");
    }

    private static void assertRefused(Api.Reply reply, String field, String code) {
        assertProblem(reply, 400);
        JsonObject error = reply.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).as(reply.toString()).isEqualTo(field);
        assertThat(error.getString("code")).as(reply.toString()).isEqualTo(code);
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.toString()).startsWith(PROBLEM);
        assertThat(reply.json().asJsonObject().getInt("status")).isEqualTo(status);
    }
}

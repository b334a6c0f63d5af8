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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Decisions and the contact gate over REST, as the Message and Scenario applications call them with API keys. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GateApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private String writer;
    private String reader;
    private String writerSuffix;

    @BeforeEach
    void keys() throws Exception {
        api = new Api(base);
        String suffix = unique();
        writerSuffix = suffix;
        writer = "Bearer " + TestDatabase.addApiKey("shop " + suffix, "profiles:write");
        reader = "Bearer " + TestDatabase.addApiKey("message " + suffix, "gate:read");
    }

    @Test
    void aShopRecordsASubmissionAndMessageAsksTheGate() {
        String email = "api-" + unique() + "@example.com";
        Api.Reply recorded = api.call("POST", "api/v1/submissions", """
                {"email":"%s","phone":"06 11 22 33 44","language":"en",
                 "choices":[{"purpose":"commercial_email","channel":"email","state":"ACCEPTED"},
                            {"purpose":"commercial_sms","channel":"sms","state":"REFUSED"}],
                 "origin":{"ipAddress":"192.0.2.44","userAgent":"Shop/1.0"}}""".formatted(email), "Authorization", writer);

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        JsonObject decision = recorded.json().asJsonObject();
        assertThat(decision.getBoolean("profileCreated")).isTrue();
        assertThat(decision.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(change -> change.getString("purpose") + ":" + change.getString("to"))
                .containsExactlyInAnyOrder("commercial_email:ACCEPTED", "commercial_sms:REFUSED");

        JsonObject yes = gate("channel=email&purpose=commercial_email&email=" + email);
        assertThat(yes.getBoolean("allowed")).isTrue();
        assertThat(yes.getString("reason")).isEqualTo("ACCEPTED");
        JsonObject no = gate("channel=sms&email=" + email);
        assertThat(no.getBoolean("allowed")).isFalse();
        assertThat(no.getString("reason")).isEqualTo("REFUSED");
        assertThat(gate("channel=sms&phone=%2B33611223344").getString("reason")).isEqualTo("REFUSED");

        Api.Reply refused = api.call("GET", "api/v1/gate?channel=email&email=" + email, null, "Authorization", writer);
        assertThat(refused.status()).as("a key without gate:read").isEqualTo(403);
    }

    @Test
    void withdrawingAndObjectingOverRest() {
        String email = "api-withdraw-" + unique() + "@example.com";
        api.call("POST", "api/v1/submissions", """
                {"email":"%s","choices":[{"purpose":"commercial_email","channel":"email","state":"ACCEPTED"}]}"""
                .formatted(email), "Authorization", writer);

        Api.Reply withdrawn = api.call("POST", "api/v1/profiles/withdrawals",
                "{\"profile\":{\"email\":\"" + email + "\"},\"origin\":{\"reference\":\"nl-42\"}}",
                "Authorization", writer);
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().asJsonObject().getJsonArray("changes").getJsonObject(0).getString("eventType"))
                .isEqualTo("WITHDRAWN");
        assertThat(gate("channel=email&email=" + email).getString("reason")).isEqualTo("REFUSED");

        Api.Reply objected = api.call("POST", "api/v1/profiles/objections", "{\"profile\":{\"email\":\"" + email + "\"}}",
                "Authorization", writer);
        assertThat(objected.status()).as(objected.toString()).isEqualTo(200);
        assertThat(gate("channel=email&email=" + email).getString("reason")).isEqualTo("OBJECTED");
    }

    @Test
    void aCallerCannotChooseItsSourceNorSkipDoubleOptIn() throws SQLException {
        String suffix = unique();
        String beauty = "beauty_" + suffix;
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","key":"%s","texts":{"fr":{"subject":"Beauté %s","wording":"Oui"}},
                 "channels":["email"],"doubleOptIn":true}""".formatted(beauty, suffix));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String email = "api-source-" + suffix + "@example.com";
        for (String claimed : List.of("IMPORT", "OPERATION_FORM", "ADMIN", "PREFERENCE_CENTRE", "UNSUBSCRIBE_LINK",
                "DOUBLE_OPT_IN", "EXPIRY")) {
            Api.Reply refused = api.call("POST", "api/v1/submissions", """
                    {"email":"%s","choices":[{"purpose":"%s","channel":"email","state":"ACCEPTED"}],
                     "origin":{"source":"%s","reason":"because"}}""".formatted(email, beauty, claimed),
                    "Authorization", writer, "Accept-Language", "fr");
            assertThat(refused.status()).as(claimed + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            JsonObject error = refused.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("origin.source");
            assertThat(error.getString("message")).as(claimed).contains(claimed);
            Api.Reply withdrawal = api.call("POST", "api/v1/profiles/withdrawals",
                    "{\"profile\":{\"email\":\"" + email + "\"},\"origin\":{\"source\":\"" + claimed + "\",\"reason\":\"x\"}}",
                    "Authorization", writer);
            assertThat(withdrawal.status()).as(claimed + ": " + withdrawal).isEqualTo(400);
            Api.Reply objection = api.call("POST", "api/v1/profiles/objections",
                    "{\"profile\":{\"email\":\"" + email + "\"},\"origin\":{\"source\":\"" + claimed + "\",\"reason\":\"x\"}}",
                    "Authorization", writer);
            assertThat(objection.status()).as(claimed + ": " + objection).isEqualTo(400);
        }
        assertThat(gate("channel=email&email=" + email).getString("reason")).as("nothing written").isEqualTo("UNKNOWN_PROFILE");

        Api.Reply recorded = api.call("POST", "api/v1/submissions", """
                {"email":"%s","choices":[{"purpose":"%s","channel":"email","state":"ACCEPTED"}]}""".formatted(email, beauty),
                "Authorization", writer);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(recorded.json().asJsonObject().getJsonArray("changes").getJsonObject(0).getString("to")).isEqualTo("PENDING");
        assertThat(gate("channel=email&purpose=" + beauty + "&email=" + email).getString("reason")).isEqualTo("PENDING_DOUBLE_OPT_IN");
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement("""
                select e.source_type, e.actor from consent_event e join profile p on p.id = e.profile_id where p.email = ?""")) {
            query.setString(1, email);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("API_CLIENT");
                assertThat(row.getString(2)).as("the client, as the evidence names it").startsWith("api:shop " + writerSuffix + " (");
                assertThat(row.next()).isFalse();
            }
        }

        Api.Reply asAdmin = api.call("POST", "api/v1/profiles/withdrawals", """
                {"profile":{"email":"%s"},"origin":{"source":"ADMIN","reason":"Appel du client"}}""".formatted(email),
                "Authorization", Credentials.basicAdmin());
        assertThat(asAdmin.status()).as("a console admin may act as an admin: " + asAdmin).isEqualTo(200);
        assertThat(asAdmin.json().asJsonObject().getJsonArray("changes").getJsonObject(0).getString("to")).isEqualTo("REFUSED");
    }

    @Test
    void aPartnerConsentOpensNoChannelForTheCompanysOwnSends() {
        String suffix = unique();
        Api.Reply partner = api.asAdmin("POST", "api/v1/partners",
                "{\"name\":\"Globex " + suffix + "\",\"privacyUrl\":\"https://globex.example/privacy\"}");
        assertThat(partner.status()).as(partner.toString()).isEqualTo(201);
        String partnerConsent = partner.json().asJsonObject().getJsonArray("purposes").getString(0);
        String email = "api-partner-" + suffix + "@example.com";
        Api.Reply recorded = api.call("POST", "api/v1/submissions", """
                {"email":"%s","choices":[{"purpose":"%s","channel":"email","state":"ACCEPTED"}]}""".formatted(email, partnerConsent),
                "Authorization", writer);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);

        JsonObject unnamed = gate("channel=email&email=" + email);
        assertThat(unnamed.getBoolean("allowed")).as("no purpose named: the partner consent does not count").isFalse();
        assertThat(unnamed.getString("reason")).isEqualTo("NO_ACCEPTED_PURPOSE");
        assertThat(gate("channel=email&purpose=commercial_email&email=" + email).getBoolean("allowed")).isFalse();
        assertThat(gate("channel=email&purpose=" + partnerConsent + "&email=" + email).getBoolean("allowed"))
                .as("a send that names the partner purpose").isTrue();
    }

    @Test
    void badRequestsGetProblemsNever5xxAndNothingIsWritten() {
        String email = "api-bad-" + unique() + "@example.com";
        Api.Reply unknownPurpose = api.call("POST", "api/v1/submissions", """
                {"email":"%s","choices":[{"purpose":"commercial_email","channel":"email","state":"ACCEPTED"},
                                         {"purpose":"nope","channel":"email","state":"ACCEPTED"}]}""".formatted(email),
                "Authorization", writer, "Accept-Language", "fr");
        assertThat(unknownPurpose.status()).as(unknownPurpose.toString()).isEqualTo(400);
        assertThat(unknownPurpose.contentType()).startsWith("application/problem+json");
        JsonObject error = unknownPurpose.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("choices[1].purpose");
        assertThat(error.getString("message")).contains("Aucune base juridique");
        assertThat(gate("channel=email&email=" + email).getString("reason")).isEqualTo("UNKNOWN_PROFILE");

        assertThat(api.call("GET", "api/v1/gate?channel=pigeon&email=" + email, null, "Authorization", reader).status()).isEqualTo(404);
        assertThat(api.call("GET", "api/v1/gate?channel=email&email=" + email + "&phone=%2B33600000000", null,
                "Authorization", reader).status()).isEqualTo(400);
        assertThat(api.call("GET", "api/v1/gate?channel=email&email=broken", null, "Authorization", reader).status()).isEqualTo(400);
        assertThat(api.call("POST", "api/v1/submissions", "{\"email\":\"" + email + "\",\"choices\":[]}",
                "Authorization", writer).status()).isEqualTo(400);
        assertThat(api.call("POST", "api/v1/submissions", "[1,2]", "Authorization", writer).status()).isEqualTo(400);
        assertThat(api.call("POST", "api/v1/submissions", "{\"email\":\"" + email + "\",\"choices\":[null]}",
                "Authorization", writer).status()).isEqualTo(400);
        assertThat(api.call("POST", "api/v1/profiles/withdrawals", "{\"profile\":{\"email\":\"ghost-" + unique() + "@example.com\"}}",
                "Authorization", writer).status()).isEqualTo(404);
    }

    @Test
    void aListIsFilteredAndAnAudienceStreamsAsNdjsonAndCsv() {
        String suffix = unique();
        String purpose = "audience_" + suffix;
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","key":"%s","texts":{"fr":{"subject":"Audience %s","wording":"Oui"}},"channels":["email"]}"""
                .formatted(purpose, suffix));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        for (int i = 0; i < 3; i++) {
            api.call("POST", "api/v1/submissions", """
                    {"email":"a%d-%s@example.com","choices":[{"purpose":"%s","channel":"email","state":"%s"}]}"""
                    .formatted(i, suffix, purpose, i == 2 ? "REFUSED" : "ACCEPTED"), "Authorization", writer);
        }

        Api.Reply filtered = api.call("POST", "api/v1/gate/filter", """
                {"channel":"email","purpose":"%s","profiles":[{"email":"a0-%s@example.com"},{"email":"a2-%s@example.com"}]}"""
                .formatted(purpose, suffix, suffix), "Authorization", reader);
        assertThat(filtered.status()).as(filtered.toString()).isEqualTo(200);
        JsonArray answers = filtered.json().asJsonArray();
        assertThat(answers.getValuesAs(JsonObject.class)).extracting(answer -> answer.getBoolean("allowed"))
                .containsExactly(true, false);

        Api.Reply ndjson = api.call("GET", "api/v1/gate/audience?channel=email&purpose=" + purpose, null, "Authorization", reader);
        assertThat(ndjson.status()).as(ndjson.toString()).isEqualTo(200);
        assertThat(ndjson.contentType()).startsWith("application/x-ndjson");
        assertThat(ndjson.response().body().lines().toList()).hasSize(2)
                .allMatch(line -> line.startsWith("{\"key\":\"a")).anyMatch(line -> line.contains("a1-" + suffix));

        Api.Reply csv = api.call("GET", "api/v1/gate/audience?channel=email&format=csv&purpose=" + purpose, null,
                "Authorization", reader);
        List<String> lines = csv.response().body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("key,email,phone,language");
        assertThat(lines).hasSize(3);
        assertThat(api.call("GET", "api/v1/gate/audience?channel=email&format=xml&purpose=" + purpose, null,
                "Authorization", reader).status()).isEqualTo(400);
        Api.Reply unknown = api.call("GET", "api/v1/gate/audience?channel=email&purpose=none_" + suffix, null,
                "Authorization", reader);
        assertThat(unknown.status()).as("refused before anything is streamed").isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aKeysLastUseIsRecordedWithoutAWriteOnEveryCall() throws SQLException {
        String prefix = reader.substring("Bearer cm_".length(), "Bearer cm_".length() + 8);
        gate("channel=email&email=nobody-" + unique() + "@example.com");
        assertThat(lastUsed(prefix)).as("the first use is recorded").isNotNull();

        try (Connection db = TestDatabase.connect(); PreparedStatement update = db.prepareStatement(
                "update api_client set last_used_at = timestamptz '2000-01-01 00:00:00+00' where key_prefix = ?")) {
            update.setString(1, prefix);
            update.executeUpdate();
        }
        gate("channel=email&email=nobody-" + unique() + "@example.com");

        assertThat(lastUsed(prefix)).as("a use within the minute writes nothing").isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
    }

    private static Instant lastUsed(String prefix) throws SQLException {
        try (Connection db = TestDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "select last_used_at from api_client where key_prefix = ?")) {
            query.setString(1, prefix);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp time = row.getTimestamp(1);
                return time == null ? null : time.toInstant();
            }
        }
    }

    private JsonObject gate(String query) {
        Api.Reply reply = api.call("GET", "api/v1/gate?" + query.replace("@", URLEncoder.encode("@", StandardCharsets.UTF_8)),
                null, "Authorization", reader);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

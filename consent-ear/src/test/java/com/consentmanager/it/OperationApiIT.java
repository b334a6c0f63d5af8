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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/operations} as a site that renders an operation's form itself: what to show, a
 * submission with the person's address and user agent, and everything a tampered, oversized,
 * repeated or late request gets (a problem, nothing written). Form versions follow the settings and
 * keep their rendered content, whose SHA-256 the form announces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private String site;

    @BeforeEach
    void setUp() throws SQLException {
        api = new Api(base);
        site = "Bearer " + TestDatabase.addApiKey("site " + unique(), "profiles:write gate:read");
    }

    @Test
    void aSiteRendersTheFormAndRecordsASubmission() throws Exception {
        String suffix = unique();
        String key = operation("Quiz " + suffix, """
                [{"purpose":"commercial_sms","channels":["sms"],"required":true},
                 {"purpose":"commercial_email","channels":["email"]}]""");
        live(key);

        Api.Reply shown = api.call("GET", "api/v1/operations/" + key + "/form?lang=en", null, "Authorization", site);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        JsonObject form = shown.json().asJsonObject();
        assertThat(form.getInt("formVersion")).isEqualTo(1);
        assertThat(form.getBoolean("phoneAsked")).isTrue();
        assertThat(form.getJsonArray("purposes").getValuesAs(JsonObject.class))
                .extracting(purpose -> purpose.getString("key") + ":" + purpose.getBoolean("required"))
                .containsExactly("commercial_sms:true", "commercial_email:false");
        Api.Reply content = api.asAdmin("GET", "api/v1/operations/" + key + "/form-versions/1?lang=en", null);
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.response().body()).containsPattern("consent: commercial_sms v\\d+ \\(Art. 6\\(1\\)\\(a\\)\\), answer required");
        assertThat(sha256(content.response().body())).as("the form announces its content's hash").isEqualTo(form.getString("sha256"));

        String email = "api-form-" + suffix + "@example.com";
        String nonce = "nonce-" + suffix + "-0123456789";
        String body = """
                {"formVersion":1,"email":"%s","phone":"+33612345678","language":"en","nonce":"%s",
                 "ipAddress":"198.51.100.7","userAgent":"SiteBrowser/2.0",
                 "answers":[{"purpose":"commercial_sms","channel":"sms","state":"ACCEPTED"}]}""".formatted(email, nonce);
        Api.Reply recorded = api.call("POST", "api/v1/operations/" + key + "/submissions", body, "Authorization", site);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.json().asJsonObject().getBoolean("duplicate")).isFalse();
        Api.Reply again = api.call("POST", "api/v1/operations/" + key + "/submissions", body, "Authorization", site);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().asJsonObject().getBoolean("duplicate")).as("the same nonce records once").isTrue();
        assertThat(count("select count(*) from operation_submission s join profile p on p.id = s.profile_id where p.email = ?", email))
                .isEqualTo(1);
        assertThat(count("select count(*) from consent_event e join profile p on p.id = e.profile_id where p.email = ?"
                + " and e.source_reference = '" + key + "/form-v1' and e.ip_address = '198.51.100.7' and e.user_agent = 'SiteBrowser/2.0'",
                email)).isEqualTo(1);
        assertThat(api.asAdmin("GET", "api/v1/operations/" + key, null).json().asJsonObject().getInt("submissions")).isEqualTo(1);

        // A change of the settings makes version 2; the key is now locked by the submission.
        Api.Reply changed = api.asAdmin("PUT", "api/v1/operations/" + key + "/form-settings",
                "{\"offers\":[{\"purpose\":\"commercial_email\",\"channels\":[\"email\"]}]}");
        assertThat(changed.json().asJsonObject().getInt("formVersion")).isEqualTo(2);
        Api.Reply rekey = api.asAdmin("PUT", "api/v1/operations/" + key, "{\"name\":\"Quiz " + suffix + "\",\"key\":\"other_" + suffix + "\"}");
        assertThat(rekey.status()).as(rekey.toString()).isEqualTo(400);
        assertThat(rekey.response().body()).contains("cannot change");
    }

    @Test
    void tamperedOversizedLateAndUnknownRequestsWriteNothing() throws Exception {
        String suffix = unique();
        String key = operation("Concours " + suffix, """
                [{"purpose":"commercial_email","channels":["email"]}]""");
        String email = "tamper-" + suffix + "@example.com";
        String path = "api/v1/operations/" + key + "/submissions";

        assertThat(post(path, submission(1, email, "commercial_email", "email")).status()).as("a draft has no public form").isEqualTo(404);
        live(key);
        Api.Reply notOffered = post(path, submission(1, email, "commercial_sms", "sms"));
        assertThat(notOffered.status()).as(notOffered.toString()).isEqualTo(400);
        assertThat(notOffered.contentType()).startsWith("application/problem+json");
        assertThat(notOffered.response().body()).contains("commercial_sms/sms");
        assertThat(post(path, submission(1, email, "commercial_email", "sms")).status()).as("channel not offered").isEqualTo(400);
        assertThat(post(path, submission(7, email, "commercial_email", "email")).status()).as("unknown form version").isEqualTo(400);
        assertThat(post(path, submission(1, "x".repeat(330) + "@example.com", "commercial_email", "email")).status())
                .as("oversized email").isEqualTo(400);
        assertThat(post(path, submission(1, "not-an-email", "commercial_email", "email")).status()).isEqualTo(400);
        assertThat(post(path, "{\"formVersion\":1,\"email\":\"" + email + "\",\"nonce\":\"<script>\"}").status()).isEqualTo(400);
        assertThat(count("select count(*) from profile where email = ?", email)).as("nothing written").isZero();

        assertThat(api.asAdmin("POST", "api/v1/operations/" + key + "/state", "{\"state\":\"CLOSED\"}").status()).isEqualTo(200);
        Api.Reply closed = post(path, submission(1, email, "commercial_email", "email"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
        assertThat(count("select count(*) from profile where email = ?", email)).isZero();
        assertThat(post("api/v1/operations/no_such_" + suffix + "/submissions", submission(1, email, "commercial_email", "email")).status())
                .isEqualTo(404);
        assertThat(api.call("POST", path, submission(1, email, "commercial_email", "email")).status()).as("no key").isEqualTo(401);
    }

    @Test
    void operationsAreValidatedAndAudited() throws Exception {
        String suffix = unique();
        Api.Reply noName = api.asAdmin("POST", "api/v1/operations", "{\"name\":\" \"}");
        assertThat(noName.status()).isEqualTo(400);
        Api.Reply badDates = api.asAdmin("POST", "api/v1/operations",
                "{\"name\":\"Dates " + suffix + "\",\"startsOn\":\"2026-12-10\",\"endsOn\":\"2026-12-01\"}");
        assertThat(badDates.status()).isEqualTo(400);
        assertThat(badDates.response().body()).contains("endsOn");
        String key = operation("Soldes " + suffix, "[]");
        assertThat(api.asAdmin("POST", "api/v1/operations/" + key + "/state", "{\"state\":\"LIVE\"}").status())
                .as("no purpose activated").isEqualTo(409);
        Api.Reply wrongChannel = api.asAdmin("PUT", "api/v1/operations/" + key + "/form-settings",
                "{\"offers\":[{\"purpose\":\"commercial_email\",\"channels\":[\"phone\"]}]}");
        assertThat(wrongChannel.status()).isEqualTo(400);
        assertThat(api.asAdmin("PUT", "api/v1/operations/" + key + "/form-settings",
                "{\"offers\":[{\"purpose\":\"commercial_email\",\"channels\":[\"email\"]},{\"purpose\":\"commercial_email\",\"channels\":[\"email\"]}]}")
                .status()).as("twice the same purpose").isEqualTo(400);
        assertThat(api.asAdmin("POST", "api/v1/operations", "{\"name\":\"Soldes " + suffix + "\"}").status()).as("key taken").isEqualTo(409);

        // A new wording of a purpose the form shows makes a new form version at once.
        String purpose = "sales_" + suffix;
        String texts = "{\"kind\":\"CONSENT\",\"key\":\"" + purpose + "\",\"channels\":[\"email\"],\"texts\":{\"fr\":{\"subject\":\"Soldes\",\"wording\":\"%s\"}}}";
        assertThat(api.asAdmin("POST", "api/v1/purposes", texts.formatted("J’accepte.")).status()).isEqualTo(201);
        Api.Reply offered = api.asAdmin("PUT", "api/v1/operations/" + key + "/form-settings",
                "{\"offers\":[{\"purpose\":\"" + purpose + "\",\"channels\":[\"email\"]}]}");
        assertThat(offered.json().asJsonObject().getInt("formVersion")).isEqualTo(1);
        Api.Reply reworded = api.asAdmin("PUT", "api/v1/purposes/" + purpose, texts.formatted("J’accepte les soldes."));
        assertThat(reworded.status()).as(reworded.toString()).isEqualTo(200);
        assertThat(api.asAdmin("GET", "api/v1/operations/" + key, null).json().asJsonObject().getInt("formVersion")).isEqualTo(2);
        assertThat(api.asAdmin("GET", "api/v1/operations/" + key + "/form-versions/2?lang=fr", null).response().body())
                .contains("wording: J’accepte les soldes.", "v2");
        assertThat(count("select count(*) from audit_event where target_key = ? and action like 'operation.%'", key))
                .as("created, audited").isGreaterThanOrEqualTo(1);
        assertThat(api.call("GET", "api/v1/operations", null, "Authorization", site).status()).as("profiles:write cannot read the configuration")
                .isEqualTo(403);
    }

    @Test
    void aLiveFormStaysWholeUntilItsOperationIsClosed() {
        String suffix = unique();
        String purpose = "live_" + suffix;
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","key":"%s","channels":["email","sms"],"texts":{"fr":{"subject":"Jeu %s","wording":"Oui"}}}"""
                .formatted(purpose, suffix));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Reply partner = api.asAdmin("POST", "api/v1/partners",
                "{\"name\":\"Acme " + suffix + "\",\"privacyUrl\":\"https://acme.example/privacy\"}");
        String partnerKey = partner.json().asJsonObject().getString("key");
        String partnerConsent = partner.json().asJsonObject().getJsonArray("purposes").getString(0);
        String key = operation("Live " + suffix, """
                [{"purpose":"%s","channels":["email","sms"]},{"purpose":"%s","channels":["email"]}]""".formatted(purpose, partnerConsent));
        live(key);

        Api.Reply archived = api.asAdmin("POST", "api/v1/purposes/" + purpose + "/archive", null);
        assertThat(archived.status()).as(archived.toString()).isEqualTo(409);
        assertThat(archived.contentType()).startsWith("application/problem+json");
        assertThat(archived.json().asJsonObject().getString("code")).isEqualTo("purpose.offered_live");
        assertThat(archived.json().asJsonObject().getString("detail")).contains(key);
        Api.Reply deleted = api.asAdmin("DELETE", "api/v1/purposes/" + purpose, null);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(409);
        Api.Reply narrowed = api.call("PUT", "api/v1/purposes/" + purpose, """
                {"kind":"CONSENT","channels":["email"],"texts":{"fr":{"subject":"Jeu %s","wording":"Oui"}}}""".formatted(suffix),
                "Authorization", Credentials.basicAdmin(), "Accept-Language", "fr");
        assertThat(narrowed.status()).as(narrowed.toString()).isEqualTo(409);
        assertThat(narrowed.json().asJsonObject().getString("code")).isEqualTo("purpose.channel.offered_live");
        assertThat(narrowed.json().asJsonObject().getString("detail")).contains(key, "clôturez");
        Api.Reply removed = api.asAdmin("DELETE", "api/v1/partners/" + partnerKey, null);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(409);
        assertThat(removed.json().asJsonObject().getString("code")).isEqualTo("partner.offered_live");
        assertThat(api.asAdmin("GET", "api/v1/purposes/" + purpose, null).json().asJsonObject().getBoolean("active"))
                .as("nothing changed").isTrue();

        assertThat(api.asAdmin("POST", "api/v1/operations/" + key + "/state", "{\"state\":\"CLOSED\"}").status()).isEqualTo(200);
        assertThat(api.asAdmin("POST", "api/v1/purposes/" + purpose + "/archive", null).status()).as("closed: lifted").isEqualTo(200);
        assertThat(api.asAdmin("DELETE", "api/v1/partners/" + partnerKey, null).status()).isEqualTo(200);
    }

    // ---- helpers

    private String operation(String name, String offers) {
        Api.Reply created = api.asAdmin("POST", "api/v1/operations", "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.json().asJsonObject().getString("key");
        if (!"[]".equals(offers)) {
            Api.Reply configured = api.asAdmin("PUT", "api/v1/operations/" + key + "/form-settings", "{\"offers\":" + offers + "}");
            assertThat(configured.status()).as(configured.toString()).isEqualTo(200);
        }
        return key;
    }

    private void live(String key) {
        Api.Reply live = api.asAdmin("POST", "api/v1/operations/" + key + "/state", "{\"state\":\"LIVE\"}");
        assertThat(live.status()).as(live.toString()).isEqualTo(200);
    }

    private Api.Reply post(String path, String body) {
        return api.call("POST", path, body, "Authorization", site, "Accept-Language", "en");
    }

    private static String submission(int version, String email, String purpose, String channel) {
        return """
                {"formVersion":%d,"email":"%s","language":"fr",
                 "answers":[{"purpose":"%s","channel":"%s","state":"ACCEPTED"}]}""".formatted(version, email, purpose, channel);
    }

    private static long count(String sql, String parameter) throws SQLException {
        try (Connection connection = TestDatabase.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

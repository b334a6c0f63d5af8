package com.consentmanager.it;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
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

/** {@code /api/v1/purposes} and {@code /api/v1/partners} as another application calls them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PurposeApiIT {

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
    void aConsentIsCreatedReadAndListedWithItsVersion() {
        String suffix = unique();
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"CONSENT","texts":{"fr":{"subject":"Conseils beauté %s","wording":"J'accepte les conseils.",
                 "infoUrl":"https://example.com/beaute.pdf"},"en":{"subject":"Beauty tips %s","wording":"I agree."}},
                 "channels":["email","sms"],"doubleOptIn":true}""".formatted(suffix, suffix));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = "conseils_beaute_" + suffix;
        assertThat(created.header("Location")).endsWith("/api/v1/purposes/" + key);
        JsonObject purpose = api.asAdmin("GET", "api/v1/purposes/" + key, null).json().asJsonObject();
        assertThat(purpose.getString("kind")).isEqualTo("CONSENT");
        assertThat(purpose.getString("lawfulBasis")).isEqualTo("a");
        assertThat(purpose.getBoolean("doubleOptIn")).isTrue();
        assertThat(purpose.getJsonArray("channels").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("email", "sms");
        JsonObject version = purpose.getJsonObject("currentVersion");
        assertThat(version.getInt("number")).isEqualTo(1);
        assertThat(version.getString("sha256")).hasSize(64);
        assertThat(version.getJsonObject("texts").getJsonObject("en").getString("subject")).isEqualTo("Beauty tips " + suffix);
        assertThat(purpose).doesNotContainKey("id");

        JsonObject page = api.asAdmin("GET", "api/v1/purposes?q=" + suffix + "&channel=sms&limit=10", null).json().asJsonObject();
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getString("key")).isEqualTo(key);
    }

    @Test
    void changingTheWordingMakesVersionTwoAndTheHistoryKeepsVersionOne() {
        JsonObject before = api.asAdmin("GET", "api/v1/purposes/commercial_sms", null).json().asJsonObject();
        int number = before.getJsonObject("currentVersion").getInt("number");
        String wording = "J'accepte les SMS de la marque (" + unique() + ").";

        Api.Reply changed = api.asAdmin("PUT", "api/v1/purposes/commercial_sms", """
                {"kind":"CONSENT","channels":["sms"],"material":true,
                 "texts":{"fr":{"subject":"Informations commerciales par SMS","wording":"%s"},
                          "en":{"subject":"Commercial information by SMS","wording":"I agree to receive commercial information by SMS."}}}"""
                .formatted(wording));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().asJsonObject().getJsonObject("currentVersion").getInt("number")).isEqualTo(number + 1);
        JsonArray versions = api.asAdmin("GET", "api/v1/purposes/commercial_sms/versions", null).json().asJsonArray();
        assertThat(versions.getJsonObject(0).getInt("number")).isEqualTo(number + 1);
        assertThat(versions.getJsonObject(0).getBoolean("material")).isTrue();
        assertThat(versions.getJsonObject(1).getString("sha256"))
                .isEqualTo(before.getJsonObject("currentVersion").getString("sha256"));
        JsonObject old = api.asAdmin("GET", "api/v1/purposes/commercial_sms/versions/" + number, null).json().asJsonObject();
        assertThat(old.getJsonObject("texts").getJsonObject("fr").getString("wording"))
                .isEqualTo(before.getJsonObject("currentVersion").getJsonObject("texts").getJsonObject("fr").getString("wording"));
    }

    @Test
    void removingEmailWhileDoubleOptInIsOnIsRefusedWithTheReasonInTheCallersLanguage() {
        String suffix = unique();
        String body = """
                {"kind":"CONSENT","key":"dopt_%s","texts":{"fr":{"subject":"Lettre %s","wording":"Oui."}},
                 "channels":[%s],"doubleOptIn":true}""";
        assertThat(api.asAdmin("POST", "api/v1/purposes", body.formatted(suffix, suffix, "\"email\",\"sms\"")).status()).isEqualTo(201);

        Api.Reply refused = api.call("PUT", "api/v1/purposes/dopt_" + suffix, body.formatted(suffix, suffix, "\"sms\""),
                "Authorization", Credentials.basicAdmin(), "Accept-Language", "fr-FR,fr;q=0.9");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        JsonObject field = refused.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertThat(field.getString("field")).isEqualTo("channels");
        assertThat(field.getString("message")).contains("désactivez d'abord le double opt-in");
        assertThat(api.asAdmin("GET", "api/v1/purposes/dopt_" + suffix, null).json().asJsonObject()
                .getJsonArray("channels")).hasSize(2);
    }

    @Test
    void badInputGetsA400ProblemNamingEachFieldAndNo5xx() {
        Api.Reply refused = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"LEGAL_BASIS","lawfulBasis":"a","key":"has space","texts":{"fr":{"subject":"S","wording":"W",
                 "infoUrl":"not a url"}},"channels":[]}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().asJsonObject().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("lawfulBasis", "key", "texts.fr.infoUrl", "channels");
        assertThat(api.asAdmin("POST", "api/v1/purposes", "{\"kind\":").status()).isEqualTo(400);
        assertThat(api.asAdmin("GET", "api/v1/purposes?kind=SOMETHING", null).status()).isEqualTo(400);
        Api.Reply notAFlag = api.asAdmin("GET", "api/v1/purposes?active=yes", null);
        assertThat(notAFlag.status()).as(notAFlag.toString()).isEqualTo(400);
        assertThat(notAFlag.response().body()).contains("\"field\":\"active\"");
        assertThat(api.asAdmin("GET", "api/v1/partners?includeRemoved=maybe", null).status()).isEqualTo(400);
        assertThat(api.asAdmin("GET", "api/v1/purposes?limit=100000", null).status()).isEqualTo(400);
        assertThat(api.asAdmin("GET", "api/v1/purposes/no_such_purpose", null).status()).isEqualTo(404);
        assertThat(api.asAdmin("DELETE", "api/v1/purposes/commercial_email", null).status()).isEqualTo(409);
    }

    @Test
    void aPartnerBringsItsConsentAndRemovingItArchivesThem() {
        String suffix = unique();
        Api.Reply created = api.asAdmin("POST", "api/v1/partners",
                "{\"name\":\"Initech " + suffix + "\",\"privacyUrl\":\"https://initech.example/privacy\"}");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = "initech_" + suffix;
        assertThat(created.json().asJsonObject().getJsonArray("purposes").getString(0)).isEqualTo("partner_" + key);
        JsonObject consent = api.asAdmin("GET", "api/v1/purposes/partner_" + key, null).json().asJsonObject();
        assertThat(consent.getString("partnerName")).isEqualTo("Initech " + suffix);
        assertThat(consent.getJsonObject("currentVersion").getJsonObject("texts").getJsonObject("en").getString("subject"))
                .isEqualTo("Offers from our partners: Initech " + suffix);

        Api.Reply removed = api.asAdmin("DELETE", "api/v1/partners/" + key, null);

        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().asJsonObject().getBoolean("active")).isFalse();
        assertThat(api.asAdmin("GET", "api/v1/purposes/partner_" + key, null).json().asJsonObject().getBoolean("active")).isFalse();
        assertThat(api.asAdmin("GET", "api/v1/partners", null).json().asJsonArray().getValuesAs(JsonObject.class))
                .extracting(partner -> partner.getString("key")).doesNotContain(key);
        assertThat(api.asAdmin("GET", "api/v1/partners?includeRemoved=true", null).json().asJsonArray()
                .getValuesAs(JsonObject.class)).extracting(partner -> partner.getString("key")).contains(key);
    }

    @Test
    void theOpenApiDocumentIsOpenToAnyoneAsJsonAndAsYaml() {
        Api.Reply json = api.call("GET", "api/v1/openapi.json", null);
        Api.Reply yaml = api.call("GET", "api/v1/openapi.yaml", null);

        assertThat(json.status()).as(json.toString()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().asJsonObject().getJsonObject("paths").keySet())
                .contains("/api/v1/purposes", "/api/v1/purposes/{key}", "/api/v1/purposes/{key}/versions", "/api/v1/partners");
        assertThat(yaml.status()).as(yaml.toString()).isEqualTo(200);
        assertThat(yaml.contentType()).startsWith("application/yaml");
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(yaml.response().body(), null, new ParseOptions());
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(parsed.getOpenAPI().getPaths()).containsKeys("/api/v1/purposes", "/api/v1/partners");
    }

    @Test
    void theOpenApiDocumentComesInTheFormatTheCallerAccepts() {
        Api.Reply yaml = api.call("GET", "api/v1/openapi", null, "Accept", "application/yaml");
        Api.Reply json = api.call("GET", "api/v1/openapi", null, "Accept", "application/json");
        Api.Reply any = api.call("GET", "api/v1/openapi", null);

        assertThat(yaml.status()).as(yaml.toString()).isEqualTo(200);
        assertThat(yaml.contentType()).startsWith("application/yaml");
        assertThat(yaml.response().body()).isEqualTo(api.call("GET", "api/v1/openapi.yaml", null).response().body());
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(any.contentType()).startsWith("application/json");
        assertThat(any.json().asJsonObject().getString("openapi")).startsWith("3.");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

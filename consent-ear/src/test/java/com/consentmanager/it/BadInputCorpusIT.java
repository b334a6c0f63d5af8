package com.consentmanager.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * A corpus of bad requests over every route of the REST API (issue 18), as an outside tester sends
 * them: malformed JSON, wrong types, unknown properties, nulls, huge strings, control characters, XSS
 * and SQL payloads as values, bad emails, phones, addresses and times, unknown keys, wrong content
 * types, bad credentials, broken multipart files and bad query parameters. Each case is a request
 * that is right but for one thing; it must get a 4xx {@code application/problem+json} answer naming
 * the field the case aims at, never a 5xx. After the cases, no row of the database carries the
 * run's suffix (every value a case could write carries it) and the entries the cases aimed at are
 * as they were.
 * <p>
 * The table is built from a few generators. A case whose {@code today} is set is one that the code
 * of the day is expected to answer otherwise (what issue 18 asks to change): its failure message
 * says what it answers today.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputCorpusIT {

    private static final String CONFIG_READ = "config:read";
    private static final String CONFIG_WRITE = "config:write";
    private static final String GATE_READ = "gate:read";
    private static final String PROFILES_WRITE = "profiles:write";
    private static final String IMPORTS_WRITE = "imports:write";
    private static final String OPERATIONS_WRITE = "operations:write";
    private static final List<String> SCOPES = List.of(CONFIG_READ, CONFIG_WRITE, GATE_READ, PROFILES_WRITE, IMPORTS_WRITE,
            OPERATIONS_WRITE);
    private static final int HUGE = 10_000;
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";
    /** The one value of a case that JSON-P cannot write (it writes the lone character): replaced in the text. */
    private static final String LONE_SURROGATE = "LONE-SURROGATE-MARK";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final List<Case> cases = new ArrayList<>();
    private final Map<String, String> withoutScope = new LinkedHashMap<>();
    private final Map<String, String> snapshots = new LinkedHashMap<>();

    /** Carried by every value a case could write: nothing may carry it afterwards. */
    private String run;
    /** Carried by the fixtures, which the cases aim at but must leave as they are. */
    private String fix;
    private String full;
    private String adminBasic;
    private String operatorBasic;
    private String lockedUser;
    private String channel;
    private String partner;
    private String purpose;
    private String liveOperation;
    private String draftOperation;
    private int liveFormVersion;

    @BeforeEach
    void setUp() throws SQLException {
        assertThat(base).as("Arquillian injects the URL before a @TestFactory (if not: run the table in one @Test with SoftAssertions)")
                .isNotNull();
        run = unique();
        fix = unique();
        full = "Bearer " + TestDatabase.addApiKey("corpus " + fix, String.join(" ", SCOPES));
        for (String scope : SCOPES) {
            withoutScope.put(scope, "Bearer " + TestDatabase.addApiKey("corpus " + fix + " without " + scope,
                    SCOPES.stream().filter(other -> !other.equals(scope)).collect(Collectors.joining(" "))));
        }
        String password = "corpus-password-" + fix;
        TestDatabase.addUser("corpus-admin-" + fix, "ADMIN", password);
        adminBasic = Credentials.basic("corpus-admin-" + fix, password);
        TestDatabase.addUser("corpus-operator-" + fix, "OPERATOR", password);
        operatorBasic = Credentials.basic("corpus-operator-" + fix, password);
        // Only ever sent with a wrong password: the sign-in throttle may lock it, and nobody else.
        lockedUser = "corpus-locked-" + fix;
        TestDatabase.addUser(lockedUser, "OPERATOR", password);

        Api api = new Api(base);
        channel = "corpus_ch_" + fix;
        expect(api, 201, "POST", "api/v1/channels", "{\"name\":\"Corpus " + fix + "\",\"key\":\"" + channel + "\"}");
        partner = "corpus_pa_" + fix;
        expect(api, 201, "POST", "api/v1/partners", "{\"key\":\"" + partner + "\",\"name\":\"Corpus partner " + fix
                + "\",\"privacyUrl\":\"https://corpus.example/privacy\"}");
        purpose = "corpus_pu_" + fix;
        expect(api, 201, "POST", "api/v1/purposes", "{\"kind\":\"CONSENT\",\"key\":\"" + purpose + "\",\"texts\":{\"fr\":{\"subject\":"
                + "\"Corpus " + fix + "\",\"wording\":\"Oui\"}},\"channels\":[\"email\",\"" + channel + "\"]}");
        liveOperation = expect(api, 201, "POST", "api/v1/operations", "{\"name\":\"Corpus live " + fix + "\"}").getString("key");
        expect(api, 200, "PUT", "api/v1/operations/" + liveOperation + "/form-settings", "{\"offers\":[{\"purpose\":\"commercial_email\","
                + "\"channels\":[\"email\"]},{\"purpose\":\"" + purpose + "\",\"channels\":[\"email\"]}]}");
        liveFormVersion = expect(api, 200, "POST", "api/v1/operations/" + liveOperation + "/state", "{\"state\":\"LIVE\"}")
                .getInt("formVersion");
        draftOperation = expect(api, 201, "POST", "api/v1/operations", "{\"name\":\"Corpus draft " + fix + "\"}").getString("key");
        expect(api, 200, "PUT", "api/v1/operations/" + draftOperation + "/form-settings",
                "{\"offers\":[{\"purpose\":\"commercial_email\",\"channels\":[\"email\"]}]}");
        for (String path : fixturePaths()) {
            Api.Reply reply = api.call("GET", path, null, "Authorization", full);
            assertThat(reply.status()).as("fixture: GET %s%n%s", path, reply).isEqualTo(200);
            snapshots.put(path, reply.response().body());
        }
    }

    @TestFactory
    Stream<DynamicTest> badRequestsGetProblemsAndWriteNothing() {
        gate();
        channels();
        purposes();
        partners();
        operations();
        forms();
        decisions();
        profiles();
        activities();
        imports();
        exports();
        protocol();
        credentials();
        return Stream.of(Stream.of(dynamicTest("the table covers every route with unique names", this::tableIsWhole)),
                        cases.stream().map(c -> dynamicTest(c.name(), () -> check(c))),
                        Stream.of(dynamicTest("nothing carries the run's suffix " + run, this::nothingWritten),
                                dynamicTest("the fixtures the cases aimed at are unchanged", this::fixturesUnchanged)))
                .flatMap(tests -> tests);
    }

    // ---- the routes, each with its cases

    private void gate() {
        Route check = route("GET /api/v1/gate", GATE_READ, "GET",
                query("api/v1/gate", "channel", "email", "email", "gate-" + run + "@example.org"), null);
        on(check, "no channel").path(query("api/v1/gate", "email", "gate-" + run + "@example.org")).field("channel").add();
        on(check, "a blank channel").path(query("api/v1/gate", "channel", " ", "email", "gate-" + run + "@example.org"))
                .field("channel").add();
        on(check, "nobody named").path(query("api/v1/gate", "channel", "email")).field("profile").add();
        on(check, "an email and a phone").path(query("api/v1/gate", "channel", "email", "email", "gate-" + run + "@example.org",
                "phone", "+33612345678")).field("profile").add();
        on(check, "email, externalId and phone").path(query("api/v1/gate", "channel", "email", "email", "gate-" + run
                + "@example.org", "externalId", "ext-" + run, "phone", "+33612345678")).field("profile").add();
        on(check, "an unknown channel").path(query("api/v1/gate", "channel", "pigeon-" + run, "email", "gate-" + run + "@example.org"))
                .expect(404).add();
        on(check, "an unknown purpose").path(query("api/v1/gate", "channel", "email", "purpose", "nokey-" + run,
                "email", "gate-" + run + "@example.org")).expect(404).add();
        on(check, "SQL in the channel").path(query("api/v1/gate", "channel", "email' OR '1'='1", "email", "gate-" + run
                + "@example.org")).expect(404).add();
        on(check, "XSS in the purpose").path(query("api/v1/gate", "channel", "email", "purpose", "<script>alert(1)</script>",
                "email", "gate-" + run + "@example.org")).expect(404).add();
        String namesTheList = "400 naming profiles[0], not the parameter";
        for (Map.Entry<String, String> email : badEmails(false).entrySet()) {
            on(check, "email " + email.getKey()).path(query("api/v1/gate", "channel", "email", "email", email.getValue()))
                    .field("email").today(namesTheList).add();
        }
        on(check, "email " + XSS_EMAIL).path(query("api/v1/gate", "channel", "email", "email", xssEmail()))
                .field("email").today("200: the address pattern lets it through").add();
        on(check, "SQL as the email").path(query("api/v1/gate", "channel", "email", "email", "' OR '1'='1"))
                .field("email").today(namesTheList).add();
        for (Map.Entry<String, String> phone : badPhones().entrySet()) {
            on(check, "phone " + phone.getKey()).path(query("api/v1/gate", "channel", "sms", "phone", phone.getValue()))
                    .field("phone").today(namesTheList).add();
        }
        on(check, "an externalId of 1,000 characters").path(query("api/v1/gate", "channel", "email", "externalId",
                run + "x".repeat(990))).field("externalId").today(namesTheList).add();

        Route filter = route("POST /api/v1/gate/filter", GATE_READ, "POST", "api/v1/gate/filter", json("""
                {"channel":"email","purpose":"commercial_email",
                 "profiles":[{"email":"filter1-%1$s@example.org"},{"email":"filter2-%1$s@example.org"}]}""".formatted(run)));
        bodyCases(filter, "profiles", fields("channel", Kind.TEXT, "purpose", Kind.TEXT, "profiles", Kind.LIST,
                "profiles[0]", Kind.OBJECT, "profiles[0].email", Kind.TEXT, "profiles[0].externalId", Kind.TEXT,
                "profiles[0].phone", Kind.TEXT));
        duplicate(filter, "channel");
        unknown(filter, "profiles[0].mail");
        refuse(filter, "profiles is null", "profiles", JsonValue.NULL);
        refuse(filter, "profiles is empty", "profiles", Json.createArrayBuilder().build());
        refuse(filter, "a person is null", "profiles[0]", JsonValue.NULL);
        refuse(filter, "a person without email, externalId or phone", "profiles[0]", JsonValue.EMPTY_JSON_OBJECT);
        refuse(filter, "a person by email and phone", "profiles[0]", object("email", "two-" + run + "@example.org",
                "phone", "+33612345678"));
        refuse(filter, "channel is null", "channel", JsonValue.NULL);
        with(filter, "an unknown channel", "channel", text("pigeon-" + run)).expect(404).add();
        with(filter, "an unknown purpose", "purpose", text("nokey-" + run)).expect(404).add();
        with(filter, "SQL in the channel", "channel", text("email'; drop table consent_status;--")).expect(404).add();
        with(filter, "a channel of 10,000 characters", "channel", text(huge())).expect(404).add();
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i <= 10_000; i++) {
            many.add(Json.createObjectBuilder().add("email", "m" + i + "-" + run + "@example.org"));
        }
        refuse(filter, "10,001 people", "profiles", many.build());
        String namesTheItem = "400 naming profiles[1], not its email";
        with(filter, "email not-an-email", "profiles[1].email", text("not-an-email-" + run)).field("profiles[1].email")
                .today(namesTheItem).add();
        with(filter, "email of 400 characters", "profiles[1].email", text(longEmail())).field("profiles[1].email")
                .today(namesTheItem).add();
        with(filter, "phone not-a-phone", "profiles[1]", object("phone", "not-a-phone")).field("profiles[1].phone")
                .today("400 naming profiles[1], not its phone").add();
        with(filter, "an externalId of 10,000 characters", "profiles[1]", object("externalId", huge()))
                .field("profiles[1].externalId").today("400 naming profiles[1], not its externalId").add();
        with(filter, "a NUL character in an externalId", "profiles[1]", object("externalId", "ext\u0000" + run))
                .field("profiles[1].externalId").today("400 naming profiles[1], not its externalId").add();

        Route audience = route("GET /api/v1/gate/audience", GATE_READ, "GET",
                query("api/v1/gate/audience", "channel", "email", "purpose", "commercial_email"), null);
        on(audience, "format=xml").path(query("api/v1/gate/audience", "channel", "email", "purpose", "commercial_email",
                "format", "xml")).field("format").add();
        on(audience, "format=CSV in capitals").path(query("api/v1/gate/audience", "channel", "email", "purpose",
                "commercial_email", "format", "CSV")).field("format").add();
        on(audience, "XSS as the format").path(query("api/v1/gate/audience", "channel", "email", "purpose", "commercial_email",
                "format", "<script>alert(1)</script>")).field("format").add();
        on(audience, "no purpose").path(query("api/v1/gate/audience", "channel", "email")).field("purpose").add();
        on(audience, "no channel").path(query("api/v1/gate/audience", "purpose", "commercial_email")).field("channel").add();
        on(audience, "a channel the purpose does not cover").path(query("api/v1/gate/audience", "channel", "sms", "purpose",
                "commercial_email")).field("channel").add();
        on(audience, "an unknown purpose").path(query("api/v1/gate/audience", "channel", "email", "purpose", "nokey-" + run))
                .expect(404).add();
        on(audience, "SQL in the channel").path(query("api/v1/gate/audience", "channel", "email' OR 1=1 --", "purpose",
                "commercial_email")).expect(404).add();
        on(audience, "Accept: application/json (NDJSON or CSV only)").header("Accept", JSON).expect(406).add();
    }

    private void channels() {
        Route list = route("GET /api/v1/channels", CONFIG_READ, "GET", "api/v1/channels", null);
        on(list, "Accept: application/xml").header("Accept", "application/xml").expect(406).add();
        Route one = route("GET /api/v1/channels/{key}", CONFIG_READ, "GET", "api/v1/channels/" + segment("nokey-" + run), null);
        unknownKeys(one, "api/v1/channels/%s");

        Route create = route("POST /api/v1/channels", CONFIG_WRITE, "POST", "api/v1/channels", json("""
                {"name":"Canal %1$s","key":"canal_%1$s","publicNames":{"fr":"Canal %1$s","en":"Channel %1$s"}}""".formatted(run)));
        bodyCases(create, "body", fields("name", Kind.TEXT, "key", Kind.TEXT, "publicNames", Kind.OBJECT,
                "publicNames.fr", Kind.TEXT));
        duplicate(create, "name");
        unknown(create, "Name");
        unknown(create, "builtIn");
        refuse(create, "name is null", "name", JsonValue.NULL);
        refuse(create, "name is empty", "name", text(""));
        refuse(create, "name is blank", "name", text("   "));
        refuse(create, "a name of 10,000 characters", "name", text(huge()));
        refuse(create, "a key of 10,000 characters", "key", text(huge()));
        refuse(create, "a public name of 10,000 characters", "publicNames.en", text(huge()));
        refuse(create, "a NUL character in the name", "name", text("Canal\u0000" + run));
        refuse(create, "an escape character in the name", "name", text("Canal\u001b[31m" + run));
        with(create, "a lone surrogate in the name", "name", text("Canal " + LONE_SURROGATE + " " + run)).field("name")
                .today("201 probably: the lone surrogate is stored as '?'").add();
        refuse(create, "XSS as the key", "key", text("<script>alert(1)</script>"));
        refuse(create, "SQL as the key", "key", text("canal_" + run + "'; drop table channel;--"));
        refuse(create, "a key in capitals", "key", text("Canal_" + run));
        refuse(create, "a key with a space", "key", text("canal " + run));
        refuse(create, "a key with a right-to-left override", "key", text("canal_\u202e" + run));
        refuse(create, "a key with a Cyrillic letter", "key", text("\u0441anal_" + run));
        refuse(create, "a key with a zero-width space", "key", text("canal_\u200b" + run));
        refuse(create, "a public name in an unsupported language", "publicNames.xx", text("Canal " + run));
        refuse(create, "an empty public name", "publicNames.fr", text(""));
        with(create, "a key already taken", "key", text("email")).expect(409).field("key").add();

        Route update = route("PUT /api/v1/channels/{key}", CONFIG_WRITE, "PUT", "api/v1/channels/" + channel,
                json("{\"publicNames\":{\"en\":\"Renamed " + run + "\"}}"));
        bodyCases(update, "body", fields("key", Kind.TEXT, "publicNames", Kind.OBJECT, "publicNames.en", Kind.TEXT));
        duplicate(update, "publicNames");
        refuse(update, "a key of 10,000 characters", "key", text(huge()));
        refuse(update, "XSS as the key", "key", text("<img src=x onerror=alert(1)>"));
        refuse(update, "a public name of 10,000 characters", "publicNames.fr", text(huge()));
        refuse(update, "a NUL character in a public name", "publicNames.fr", text("Nul\u0000" + run));
        refuse(update, "a public name in an unsupported language", "publicNames.de", text("Kanal " + run));
        refuse(update, "an empty public name", "publicNames.en", text(""));
        with(update, "a key already taken", "key", text("email")).expect(409).field("key").add();
        on(update, "an unknown channel").path("api/v1/channels/" + segment("nokey-" + run)).expect(404).add();
        on(update, "renaming a built-in channel").path("api/v1/channels/email").json("{\"key\":\"mail_" + run + "\"}")
                .field("key").add();

        Route delete = route("DELETE /api/v1/channels/{key}", CONFIG_WRITE, "DELETE", "api/v1/channels/" + segment("nokey-" + run), null);
        on(delete, "an unknown channel").expect(404).add();
        on(delete, "SQL as the key").path("api/v1/channels/" + segment("x' OR '1'='1")).expect(404).add();
        on(delete, "a built-in channel").path("api/v1/channels/email").expect(409).add();
        on(delete, "a channel a purpose uses").path("api/v1/channels/" + channel).expect(409).add();
    }

    private void purposes() {
        Route list = route("GET /api/v1/purposes", CONFIG_READ, "GET", "api/v1/purposes", null);
        String jaxrs404 = "404: JAX-RS answers an unreadable number parameter with 404";
        on(list, "limit=-1").path("api/v1/purposes?limit=-1").field("limit").add();
        on(list, "limit=0").path("api/v1/purposes?limit=0").field("limit").add();
        on(list, "limit=201").path("api/v1/purposes?limit=201").field("limit").add();
        on(list, "limit=abc").path("api/v1/purposes?limit=abc").field("limit").today(jaxrs404).add();
        on(list, "limit=1.5").path("api/v1/purposes?limit=1.5").field("limit").today(jaxrs404).add();
        on(list, "limit=99999999999").path("api/v1/purposes?limit=99999999999").field("limit").today(jaxrs404).add();
        on(list, "offset=-1").path("api/v1/purposes?offset=-1").field("offset").add();
        on(list, "offset=abc").path("api/v1/purposes?offset=abc").field("offset").today(jaxrs404).add();
        for (String flag : List.of("yes", "maybe", "TRUE", "1")) {
            on(list, "active=" + flag).path("api/v1/purposes?active=" + flag).field("active").add();
        }
        on(list, "kind=BOGUS").path("api/v1/purposes?kind=BOGUS").field("kind").add();
        on(list, "kind=consent in lower case").path("api/v1/purposes?kind=consent").field("kind").add();
        on(list, "SQL as the kind").path(query("api/v1/purposes", "kind", "CONSENT' OR '1'='1")).field("kind").add();
        on(list, "Accept: application/xml").header("Accept", "application/xml").expect(406).add();

        Route one = route("GET /api/v1/purposes/{key}", CONFIG_READ, "GET", "api/v1/purposes/" + segment("nokey-" + run), null);
        unknownKeys(one, "api/v1/purposes/%s");
        Route versions = route("GET /api/v1/purposes/{key}/versions", CONFIG_READ, "GET",
                "api/v1/purposes/" + segment("nokey-" + run) + "/versions", null);
        on(versions, "an unknown purpose").expect(404).add();
        on(versions, "SQL as the key").path("api/v1/purposes/" + segment("' OR 1=1 --") + "/versions").expect(404).add();
        Route version = route("GET /api/v1/purposes/{key}/versions/{number}", CONFIG_READ, "GET",
                "api/v1/purposes/" + purpose + "/versions/999", null);
        on(version, "a version that does not exist").expect(404).add();
        on(version, "version 0").path("api/v1/purposes/" + purpose + "/versions/0").expect(404).add();
        on(version, "version -1").path("api/v1/purposes/" + purpose + "/versions/-1").expect(404).add();
        on(version, "an unknown purpose").path("api/v1/purposes/" + segment("nokey-" + run) + "/versions/1").expect(404).add();
        on(version, "version abc").path("api/v1/purposes/" + purpose + "/versions/abc").expect(404).add();
        on(version, "version 1.5").path("api/v1/purposes/" + purpose + "/versions/1.5").expect(404).add();
        on(version, "version 99999999999").path("api/v1/purposes/" + purpose + "/versions/99999999999").expect(404).add();

        Route create = route("POST /api/v1/purposes", CONFIG_WRITE, "POST", "api/v1/purposes", json("""
                {"kind":"CONSENT","lawfulBasis":"a","key":"purpose_%1$s",
                 "texts":{"fr":{"subject":"Sujet %1$s","wording":"Oui %1$s","infoUrl":"https://example.org/%1$s.pdf",
                                "additionalText":"Plus %1$s"}},
                 "channels":["email"],"doubleOptIn":false,"material":false}""".formatted(run)));
        bodyCases(create, "body", fields("kind", Kind.TEXT, "lawfulBasis", Kind.TEXT, "key", Kind.TEXT, "texts", Kind.OBJECT,
                "texts.fr", Kind.OBJECT, "texts.fr.subject", Kind.TEXT, "texts.fr.wording", Kind.TEXT, "texts.fr.infoUrl", Kind.TEXT,
                "texts.fr.additionalText", Kind.TEXT, "channels", Kind.LIST, "channels[0]", Kind.TEXT, "doubleOptIn", Kind.FLAG,
                "partner", Kind.TEXT, "material", Kind.FLAG));
        duplicate(create, "key");
        unknown(create, "doubleOptInMail");
        unknown(create, "texts.fr.title");
        refuse(create, "kind is null", "kind", JsonValue.NULL);
        with(create, "texts is null", "texts", JsonValue.NULL).field("texts.fr.subject").add();
        with(create, "the French text is null", "texts.fr", JsonValue.NULL).field("texts.fr.subject").add();
        refuse(create, "channels is null", "channels", JsonValue.NULL);
        refuse(create, "channels is empty", "channels", Json.createArrayBuilder().build());
        with(create, "a null channel", "channels[0]", JsonValue.NULL).field("channels").add();
        refuse(create, "kind BOGUS", "kind", text("BOGUS"));
        refuse(create, "XSS as the kind", "kind", text("<script>alert(1)</script>"));
        refuse(create, "lawfulBasis z", "lawfulBasis", text("z"));
        refuse(create, "lawfulBasis b for a consent", "lawfulBasis", text("b"));
        refuse(create, "SQL as the lawfulBasis", "lawfulBasis", text("a' OR 'a'='a"));
        on(create, "a legal basis without its lawfulBasis").json(remove(set(valid(create), "kind", text("LEGAL_BASIS")), "lawfulBasis"))
                .field("lawfulBasis").add();
        with(create, "an unknown channel", "channels", array(text("pigeon-" + run))).field("channels").add();
        with(create, "SQL as a channel", "channels", array(text("email' OR '1'='1"))).field("channels").add();
        on(create, "double opt-in without email").json(set(set(valid(create), "doubleOptIn", JsonValue.TRUE), "channels",
                array(text("sms")))).field("doubleOptIn").add();
        refuse(create, "an unknown partner", "partner", text("nokey-" + run));
        refuse(create, "SQL as the partner", "partner", text("x' OR '1'='1"));
        with(create, "a text in an unsupported language", "texts.xx", object("subject", "S " + run, "wording", "W " + run))
                .field("texts.xx").add();
        with(create, "an English text without its wording", "texts.en", object("subject", "Subject " + run))
                .field("texts.en.wording").add();
        refuse(create, "an empty subject", "texts.fr.subject", text(""));
        refuse(create, "a NUL character in the subject", "texts.fr.subject", text("Sujet\u0000" + run));
        refuse(create, "a bell character in the wording", "texts.fr.wording", text("Oui\u0007" + run));
        refuse(create, "an escape character in the additional text", "texts.fr.additionalText", text("Plus\u001b" + run));
        refuse(create, "a javascript: info link", "texts.fr.infoUrl", text("javascript:alert(document.cookie)"));
        refuse(create, "an ftp: info link", "texts.fr.infoUrl", text("ftp://example.org/" + run));
        refuse(create, "an info link that is no URL", "texts.fr.infoUrl", text("not a url " + run));
        refuse(create, "a relative info link", "texts.fr.infoUrl", text("//example.org/" + run));
        for (String field : List.of("key", "kind", "lawfulBasis", "texts.fr.subject", "texts.fr.wording", "texts.fr.additionalText",
                "partner")) {
            refuse(create, "a " + field + " of 10,000 characters", field, text(huge()));
        }
        refuse(create, "an info link of 10,000 characters", "texts.fr.infoUrl", text("https://example.org/" + huge()));
        with(create, "a channel of 10,000 characters", "channels[0]", text(huge())).field("channels").add();
        refuse(create, "XSS as the key", "key", text("<script>alert(1)</script>"));
        refuse(create, "a key with a space", "key", text("purpose " + run));
        with(create, "a key already taken", "key", text("commercial_email")).expect(409).field("key").add();

        Route update = route("PUT /api/v1/purposes/{key}", CONFIG_WRITE, "PUT", "api/v1/purposes/" + purpose, json("""
                {"kind":"CONSENT","texts":{"fr":{"subject":"Corpus %s","wording":"Oui %s"}},"channels":["email","%s"],
                 "doubleOptIn":false,"material":false}""".formatted(fix, run, channel)));
        bodyCases(update, "body", fields("key", Kind.TEXT, "texts.fr.wording", Kind.TEXT, "channels", Kind.LIST,
                "doubleOptIn", Kind.FLAG, "material", Kind.FLAG));
        duplicate(update, "kind");
        unknown(update, "archived");
        refuse(update, "another kind", "kind", text("LEGAL_BASIS"));
        refuse(update, "a key of 10,000 characters", "key", text(huge()));
        refuse(update, "XSS as the key", "key", text("<svg onload=alert(1)>"));
        with(update, "an unknown channel", "channels", array(text("email"), text(channel), text("pigeon-" + run))).field("channels").add();
        refuse(update, "a wording of 10,000 characters", "texts.fr.wording", text(huge()));
        on(update, "an unknown purpose").path("api/v1/purposes/" + segment("nokey-" + run)).expect(404).add();
        on(update, "renaming a default consent").path("api/v1/purposes/commercial_email").json("""
                {"kind":"CONSENT","key":"renamed_%1$s","texts":{"fr":{"subject":"S %1$s","wording":"W %1$s"}},"channels":["email"]}"""
                .formatted(run)).field("key").add();

        Route archive = route("POST /api/v1/purposes/{key}/archive", CONFIG_WRITE, "POST",
                "api/v1/purposes/" + segment("nokey-" + run) + "/archive", null);
        on(archive, "an unknown purpose").expect(404).add();
        on(archive, "a purpose a live operation offers").path("api/v1/purposes/" + purpose + "/archive").expect(409).add();
        Route restore = route("POST /api/v1/purposes/{key}/restore", CONFIG_WRITE, "POST",
                "api/v1/purposes/" + segment("nokey-" + run) + "/restore", null);
        on(restore, "an unknown purpose").expect(404).add();
        on(restore, "XSS as the key").path("api/v1/purposes/" + segment("<script>") + "/restore").expect(404).add();
        Route delete = route("DELETE /api/v1/purposes/{key}", CONFIG_WRITE, "DELETE", "api/v1/purposes/" + segment("nokey-" + run), null);
        on(delete, "an unknown purpose").expect(404).add();
        on(delete, "a purpose a live operation offers").path("api/v1/purposes/" + purpose).expect(409).add();
    }

    private void partners() {
        Route list = route("GET /api/v1/partners", CONFIG_READ, "GET", "api/v1/partners", null);
        for (String flag : List.of("yes", "maybe", "1", "TRUE")) {
            on(list, "includeRemoved=" + flag).path("api/v1/partners?includeRemoved=" + flag).field("includeRemoved").add();
        }
        Route one = route("GET /api/v1/partners/{key}", CONFIG_READ, "GET", "api/v1/partners/" + segment("nokey-" + run), null);
        unknownKeys(one, "api/v1/partners/%s");

        Route create = route("POST /api/v1/partners", CONFIG_WRITE, "POST", "api/v1/partners", json("""
                {"key":"partner_%1$s","name":"Partenaire %1$s","privacyUrl":"https://partner-%1$s.example/privacy"}""".formatted(run)));
        bodyCases(create, "body", fields("key", Kind.TEXT, "name", Kind.TEXT, "privacyUrl", Kind.TEXT));
        duplicate(create, "name");
        unknown(create, "active");
        unknown(create, "purposes");
        refuse(create, "name is null", "name", JsonValue.NULL);
        refuse(create, "privacyUrl is null", "privacyUrl", JsonValue.NULL);
        refuse(create, "a javascript: privacy link", "privacyUrl", text("javascript:alert(1)"));
        refuse(create, "a data: privacy link", "privacyUrl", text("data:text/html,<script>alert(1)</script>"));
        refuse(create, "a mailto: privacy link", "privacyUrl", text("mailto:privacy-" + run + "@example.org"));
        refuse(create, "a privacy link without a host", "privacyUrl", text("https://"));
        refuse(create, "a NUL character in the name", "name", text("Nul\u0000" + run));
        refuse(create, "a bell character in the name", "name", text("\u0007" + run));
        refuse(create, "a key of 10,000 characters", "key", text(huge()));
        refuse(create, "a name of 10,000 characters", "name", text(huge()));
        refuse(create, "a privacy link of 10,000 characters", "privacyUrl", text("https://example.org/" + huge()));
        refuse(create, "XSS as the key", "key", text("<img src=x onerror=alert(1)>"));
        refuse(create, "SQL as the key", "key", text("p'; delete from partner;--"));
        with(create, "a key already taken", "key", text(partner)).expect(409).field("key").add();

        Route update = route("PUT /api/v1/partners/{key}", CONFIG_WRITE, "PUT", "api/v1/partners/" + partner,
                json("{\"name\":\"Renamed " + run + "\",\"privacyUrl\":\"https://corpus.example/privacy\"}"));
        bodyCases(update, "body", fields("name", Kind.TEXT, "privacyUrl", Kind.TEXT));
        duplicate(update, "privacyUrl");
        refuse(update, "another key", "key", text("other-" + run));
        refuse(update, "a name of 10,000 characters", "name", text(huge()));
        refuse(update, "an empty name", "name", text(""));
        refuse(update, "a javascript: privacy link", "privacyUrl", text("javascript:alert(1)"));
        on(update, "an unknown partner").path("api/v1/partners/" + segment("nokey-" + run)).expect(404).add();

        Route delete = route("DELETE /api/v1/partners/{key}", CONFIG_WRITE, "DELETE", "api/v1/partners/" + segment("nokey-" + run), null);
        on(delete, "an unknown partner").expect(404).add();
        on(delete, "SQL as the key").path("api/v1/partners/" + segment("' OR '1'='1")).expect(404).add();
    }

    private void operations() {
        Route list = route("GET /api/v1/operations", CONFIG_READ, "GET", "api/v1/operations", null);
        on(list, "limit=-1").path("api/v1/operations?limit=-1").field("limit").add();
        on(list, "limit=500").path("api/v1/operations?limit=500").field("limit").add();
        on(list, "limit=abc").path("api/v1/operations?limit=abc").field("limit")
                .today("404: JAX-RS answers an unreadable number parameter with 404").add();
        on(list, "offset=-5").path("api/v1/operations?offset=-5").field("offset").add();
        on(list, "state=BOGUS").path("api/v1/operations?state=BOGUS").field("state").add();
        on(list, "SQL as the state").path(query("api/v1/operations", "state", "DRAFT' OR '1'='1")).field("state").add();
        on(list, "a state of 1,000 characters").path(query("api/v1/operations", "state", "x".repeat(1000))).field("state").add();

        Route one = route("GET /api/v1/operations/{key}", CONFIG_READ, "GET", "api/v1/operations/" + segment("nokey-" + run), null);
        unknownKeys(one, "api/v1/operations/%s");

        Route create = route("POST /api/v1/operations", OPERATIONS_WRITE, "POST", "api/v1/operations", json("""
                {"key":"operation_%1$s","name":"Operation %1$s","startsOn":"2026-01-01","endsOn":"2026-12-31"}""".formatted(run)));
        bodyCases(create, "body", fields("key", Kind.TEXT, "name", Kind.TEXT, "startsOn", Kind.DATE, "endsOn", Kind.DATE));
        duplicate(create, "name");
        unknown(create, "state");
        unknown(create, "offers");
        refuse(create, "name is null", "name", JsonValue.NULL);
        refuse(create, "a blank name", "name", text("   "));
        refuse(create, "a name of 10,000 characters", "name", text(huge()));
        refuse(create, "a key of 10,000 characters", "key", text(huge()));
        with(create, "a NUL character in the name", "name", text("Nul\u0000" + run)).field("name")
                .today("500: the name is not checked for control characters, PostgreSQL refuses the NUL").add();
        refuse(create, "XSS as the key", "key", text("<script>alert(1)</script>"));
        refuse(create, "SQL as the key", "key", text("op'; delete from operation;--"));
        refuse(create, "ends before it starts", "endsOn", text("2025-12-31"));
        refuse(create, "February 30th", "startsOn", text("2026-02-30"));
        refuse(create, "a date with a time", "startsOn", text("2026-01-01T00:00:00Z"));
        with(create, "starts in year 0", "startsOn", text("0000-01-01")).field("startsOn")
                .today("201: dates are not bounded").add();
        with(create, "a key already taken", "key", text(liveOperation)).expect(409).field("key").add();

        Route update = route("PUT /api/v1/operations/{key}", OPERATIONS_WRITE, "PUT", "api/v1/operations/" + draftOperation,
                json("{\"name\":\"Renamed " + run + "\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\"}"));
        bodyCases(update, "body", fields("name", Kind.TEXT, "key", Kind.TEXT, "startsOn", Kind.DATE, "endsOn", Kind.DATE));
        duplicate(update, "startsOn");
        refuse(update, "a name of 10,000 characters", "name", text(huge()));
        refuse(update, "ends before it starts", "endsOn", text("2025-06-30"));
        refuse(update, "a key with spaces", "key", text("Bad Key " + run));
        on(update, "an unknown operation").path("api/v1/operations/" + segment("nokey-" + run)).expect(404).add();

        Route settings = route("PUT /api/v1/operations/{key}/form-settings", OPERATIONS_WRITE, "PUT",
                "api/v1/operations/" + draftOperation + "/form-settings",
                json("{\"offers\":[{\"purpose\":\"commercial_email\",\"channels\":[\"email\"],\"required\":true}]}"));
        bodyCases(settings, "body", fields("offers", Kind.LIST, "offers[0]", Kind.OBJECT, "offers[0].purpose", Kind.TEXT,
                "offers[0].channels", Kind.LIST, "offers[0].channels[0]", Kind.TEXT, "offers[0].required", Kind.FLAG));
        duplicate(settings, "offers");
        unknown(settings, "offers[0].partner");
        with(settings, "an offer is null", "offers[0]", JsonValue.NULL).field("offers[0].purpose").add();
        refuse(settings, "an offer without its purpose", "offers[0].purpose", JsonValue.NULL);
        refuse(settings, "required is null", "offers[0].required", JsonValue.NULL);
        refuse(settings, "an offer without a channel", "offers[0].channels", Json.createArrayBuilder().build());
        with(settings, "offers is null", "offers", JsonValue.NULL).field("offers")
                .today("200: a null list clears the form, as an empty one does").add();
        on(settings, "no offers property").json("{}").field("offers").today("200: a missing list clears the form").add();
        refuse(settings, "an unknown purpose", "offers[0].purpose", text("nokey-" + run));
        refuse(settings, "SQL as the purpose", "offers[0].purpose", text("' OR 1=1 --"));
        refuse(settings, "a purpose of 10,000 characters", "offers[0].purpose", text(huge()));
        with(settings, "a channel the purpose does not cover", "offers[0].channels", array(text("sms"))).field("offers[0].channels").add();
        with(settings, "XSS as a channel", "offers[0].channels", array(text("<script>"))).field("offers[0].channels").add();
        with(settings, "a channel of 10,000 characters", "offers[0].channels", array(text(huge()))).field("offers[0].channels").add();
        on(settings, "the same purpose twice").json("""
                {"offers":[{"purpose":"commercial_email","channels":["email"]},{"purpose":"commercial_email","channels":["email"]}]}""")
                .field("offers[1].purpose").add();
        on(settings, "no offer on a live operation").path("api/v1/operations/" + liveOperation + "/form-settings")
                .json("{\"offers\":[]}").expect(409).add();
        on(settings, "an unknown operation").path("api/v1/operations/" + segment("nokey-" + run) + "/form-settings").expect(404).add();

        Route state = route("POST /api/v1/operations/{key}/state", OPERATIONS_WRITE, "POST",
                "api/v1/operations/" + draftOperation + "/state", json("{\"state\":\"LIVE\"}"));
        bodyCases(state, "body", fields("state", Kind.TEXT));
        duplicate(state, "state");
        unknown(state, "reason");
        refuse(state, "state is null", "state", JsonValue.NULL);
        on(state, "no state property").json("{}").field("state").add();
        refuse(state, "state BOGUS", "state", text("BOGUS"));
        refuse(state, "state live in lower case", "state", text("live"));
        refuse(state, "SQL as the state", "state", text("LIVE' OR '1'='1"));
        refuse(state, "a state of 10,000 characters", "state", text(huge()));
        on(state, "a draft cannot be closed").json("{\"state\":\"CLOSED\"}").expect(409).add();
        on(state, "a live operation cannot go back to draft").path("api/v1/operations/" + liveOperation + "/state")
                .json("{\"state\":\"DRAFT\"}").expect(409).add();
        on(state, "an unknown operation").path("api/v1/operations/" + segment("nokey-" + run) + "/state")
                .json("{\"state\":\"CLOSED\"}").expect(404).add();

        Route formVersion = route("GET /api/v1/operations/{key}/form-versions/{number}", CONFIG_READ, "GET",
                "api/v1/operations/" + liveOperation + "/form-versions/999", null);
        on(formVersion, "a version that does not exist").expect(404).add();
        on(formVersion, "version 0").path("api/v1/operations/" + liveOperation + "/form-versions/0").expect(404).add();
        on(formVersion, "an unknown operation").path("api/v1/operations/" + segment("nokey-" + run) + "/form-versions/1")
                .expect(404).add();
        on(formVersion, "version abc").path("api/v1/operations/" + liveOperation + "/form-versions/abc").expect(404).add();

        Route form = route("GET /api/v1/operations/{key}/form", PROFILES_WRITE, "GET",
                "api/v1/operations/" + segment("nokey-" + run) + "/form", null);
        on(form, "an unknown operation").expect(404).add();
        on(form, "a draft has no public form").path("api/v1/operations/" + draftOperation + "/form").expect(404).add();
        on(form, "XSS as the key").path("api/v1/operations/" + segment("<script>alert(1)</script>") + "/form").expect(404).add();
    }

    /** What a site that renders an operation's form sends back. */
    private void forms() {
        Route submit = route("POST /api/v1/operations/{key}/submissions", PROFILES_WRITE, "POST",
                "api/v1/operations/" + liveOperation + "/submissions", json("""
                        {"formVersion":%2$d,"email":"form-%1$s@example.org","language":"fr","nonce":"nonce-%1$s-0123456789",
                         "ipAddress":"192.0.2.10","userAgent":"Corpus/1.0 %1$s",
                         "answers":[{"purpose":"commercial_email","channel":"email","state":"ACCEPTED"}]}""".formatted(run, liveFormVersion)));
        bodyCases(submit, "body", fields("formVersion", Kind.WHOLE, "email", Kind.TEXT, "phone", Kind.TEXT, "language", Kind.TEXT,
                "nonce", Kind.TEXT, "ipAddress", Kind.TEXT, "userAgent", Kind.TEXT, "answers", Kind.LIST, "answers[0]", Kind.OBJECT,
                "answers[0].purpose", Kind.TEXT, "answers[0].channel", Kind.TEXT, "answers[0].state", Kind.TEXT,
                "answers[0].purposeVersion", Kind.WHOLE));
        duplicate(submit, "email");
        unknown(submit, "origin");
        unknown(submit, "answers[0].required");
        refuse(submit, "formVersion is null", "formVersion", JsonValue.NULL);
        refuse(submit, "a form version that does not exist", "formVersion", Json.createValue(999));
        refuse(submit, "form version 0", "formVersion", Json.createValue(0));
        refuse(submit, "form version -1", "formVersion", Json.createValue(-1));
        refuse(submit, "a form version beyond an int", "formVersion", Json.createValue(2_147_483_648L));
        refuse(submit, "a form version of 100 digits", "formVersion", Json.createValue(new BigInteger("9".repeat(100))));
        refuse(submit, "email is null", "email", JsonValue.NULL);
        for (Map.Entry<String, String> email : badEmails(true).entrySet()) {
            refuse(submit, "email " + email.getKey(), "email", text(email.getValue()));
        }
        with(submit, "email " + XSS_EMAIL, "email", text(xssEmail())).field("email")
                .today("201: the address pattern lets it through").add();
        with(submit, "a NUL character in the email", "email", text("a\u0000b-" + run + "@example.org")).field("email")
                .today("500: the address pattern lets it through, PostgreSQL refuses the NUL").add();
        for (Map.Entry<String, String> phone : badPhones().entrySet()) {
            refuse(submit, "phone " + phone.getKey(), "phone", text(phone.getValue()));
        }
        refuse(submit, "language xx", "language", text("xx"));
        refuse(submit, "XSS as the language", "language", text("<script>alert(1)</script>"));
        refuse(submit, "a language of 10,000 characters", "language", text(huge()));
        refuse(submit, "a nonce too short", "nonce", text("short"));
        refuse(submit, "XSS as the nonce", "nonce", text("<script>alert(1)</script>"));
        refuse(submit, "a nonce with accents", "nonce", text("nonce-\u00fcn\u00efc\u00f6d\u00e9-" + run));
        refuse(submit, "a nonce of 10,000 characters", "nonce", text(huge()));
        String originField = "400 naming origin.ipAddress, not the body's ipAddress";
        for (Map.Entry<String, String> address : badAddresses().entrySet()) {
            with(submit, "ipAddress " + address.getKey(), "ipAddress", text(address.getValue())).field("ipAddress")
                    .today(originField).add();
        }
        refuse(submit, "an ipAddress of 10,000 characters", "ipAddress", text(huge()));
        with(submit, "a userAgent of 10,000 characters", "userAgent", text(huge())).field("userAgent")
                .today("201: the user agent is cut to 250 characters, where /submissions refuses it").add();
        with(submit, "a NUL character in the userAgent", "userAgent", text("Corpus\u0000" + run)).field("userAgent")
                .today("500: PostgreSQL refuses the NUL").add();
        refuse(submit, "answer state maybe", "answers[0].state", text("maybe"));
        refuse(submit, "XSS as an answer state", "answers[0].state", text("<img src=x onerror=alert(1)>"));
        with(submit, "an answer the form does not offer", "answers[0]", object("purpose", "commercial_sms", "channel", "sms",
                "state", "ACCEPTED")).field("answers[0]").add();
        with(submit, "an answer is null", "answers[0]", JsonValue.NULL).field("answers[0]").add();
        with(submit, "SQL as an answer's purpose", "answers[0].purpose", text("commercial_email' OR '1'='1")).field("answers[0]").add();
        with(submit, "a purpose of 10,000 characters", "answers[0].purpose", text(huge())).field("answers[0]").add();
        on(submit, "the same answer twice").json(set(valid(submit), "answers", array(
                object("purpose", "commercial_email", "channel", "email", "state", "ACCEPTED"),
                object("purpose", "commercial_email", "channel", "email", "state", "REFUSED")))).field("answers[1]").add();
        on(submit, "a draft has no public form").path("api/v1/operations/" + draftOperation + "/submissions").expect(404).add();
        on(submit, "an unknown operation").path("api/v1/operations/" + segment("nokey-" + run) + "/submissions").expect(404).add();
    }

    private void decisions() {
        Route submit = route("POST /api/v1/submissions", PROFILES_WRITE, "POST", "api/v1/submissions", json("""
                {"email":"decision-%1$s@example.org","language":"fr",
                 "choices":[{"purpose":"commercial_email","channel":"email","state":"ACCEPTED","purposeVersion":1}],
                 "origin":{"reference":"ref-%1$s","ipAddress":"192.0.2.20","userAgent":"Corpus/1.0 %1$s","language":"fr",
                           "eventTime":"2025-06-01T10:00:00Z","reason":"Because %1$s"}}""".formatted(run)));
        bodyCases(submit, "body", fields("email", Kind.TEXT, "externalId", Kind.TEXT, "phone", Kind.TEXT, "language", Kind.TEXT,
                "choices", Kind.LIST, "choices[0]", Kind.OBJECT, "choices[0].purpose", Kind.TEXT, "choices[0].channel", Kind.TEXT,
                "choices[0].state", Kind.TEXT, "choices[0].purposeVersion", Kind.WHOLE, "origin", Kind.OBJECT,
                "origin.source", Kind.TEXT, "origin.reference", Kind.TEXT, "origin.ipAddress", Kind.TEXT, "origin.userAgent", Kind.TEXT,
                "origin.language", Kind.TEXT, "origin.eventTime", Kind.TIME, "origin.reason", Kind.TEXT));
        duplicate(submit, "email");
        unknown(submit, "profile");
        unknown(submit, "origin.actor");
        unknown(submit, "choices[0].required");
        refuse(submit, "choices is null", "choices", JsonValue.NULL);
        refuse(submit, "choices is empty", "choices", Json.createArrayBuilder().build());
        refuse(submit, "a choice is null", "choices[0]", JsonValue.NULL);
        refuse(submit, "a choice without its state", "choices[0].state", JsonValue.NULL);
        refuse(submit, "a choice without its purpose", "choices[0].purpose", JsonValue.NULL);
        refuse(submit, "a choice without its channel", "choices[0].channel", JsonValue.NULL);
        refuse(submit, "nobody named", "email", JsonValue.NULL);
        for (Map.Entry<String, String> email : badEmails(true).entrySet()) {
            refuse(submit, "email " + email.getKey(), "email", text(email.getValue()));
        }
        refuse(submit, "email with two @", "email", text("two@@" + run + ".example.org"));
        refuse(submit, "email with spaces", "email", text("spaces in " + run + "@example.org"));
        with(submit, "email " + XSS_EMAIL, "email", text(xssEmail())).field("email")
                .today("200: the address pattern lets it through").add();
        with(submit, "a NUL character in the email", "email", text("a\u0000b-" + run + "@example.org")).field("email")
                .today("500: the address pattern lets it through, PostgreSQL refuses the NUL").add();
        refuse(submit, "an externalId of 10,000 characters", "externalId", text(huge()));
        refuse(submit, "a NUL character in the externalId", "externalId", text("ext\u0000" + run));
        for (Map.Entry<String, String> phone : badPhones().entrySet()) {
            refuse(submit, "phone " + phone.getKey(), "phone", text(phone.getValue()));
        }
        refuse(submit, "language xx", "language", text("xx"));
        refuse(submit, "a language of 10,000 characters", "language", text(huge()));
        refuse(submit, "an unknown purpose", "choices[0].purpose", text("nokey-" + run));
        refuse(submit, "SQL as a purpose", "choices[0].purpose", text("commercial_email' OR '1'='1"));
        refuse(submit, "a purpose of 10,000 characters", "choices[0].purpose", text(huge()));
        refuse(submit, "an unknown channel", "choices[0].channel", text("pigeon-" + run));
        refuse(submit, "SQL as a channel", "choices[0].channel", text("email; drop table consent_event"));
        refuse(submit, "a channel the purpose does not cover", "choices[0].channel", text("sms"));
        for (String state : List.of("maybe", "accepted", "PENDING", "<script>alert(1)</script>")) {
            refuse(submit, "state " + state, "choices[0].state", text(state));
        }
        refuse(submit, "a state of 10,000 characters", "choices[0].state", text(huge()));
        refuse(submit, "purposeVersion 999", "choices[0].purposeVersion", Json.createValue(999));
        refuse(submit, "purposeVersion 0", "choices[0].purposeVersion", Json.createValue(0));
        refuse(submit, "purposeVersion -1", "choices[0].purposeVersion", Json.createValue(-1));
        refuse(submit, "purposeVersion beyond an int", "choices[0].purposeVersion", Json.createValue(2_147_483_648L));
        on(submit, "the same choice twice").json(set(valid(submit), "choices", array(
                object("purpose", "commercial_email", "channel", "email", "state", "ACCEPTED"),
                object("purpose", "commercial_email", "channel", "email", "state", "REFUSED")))).field("choices[1]").add();
        for (String source : List.of("IMPORT", "EXPIRY", "DOUBLE_OPT_IN", "ADMIN", "<script>alert(1)</script>", huge())) {
            refuse(submit, "origin.source " + (source.length() > 40 ? "of 10,000 characters" : source), "origin.source", text(source));
        }
        originCases(submit, "");

        Route withdraw = route("POST /api/v1/profiles/withdrawals", PROFILES_WRITE, "POST", "api/v1/profiles/withdrawals", json("""
                {"profile":{"email":"withdraw-%1$s@example.org"},"purpose":"commercial_email","channel":"email",
                 "origin":{"reference":"ref-%1$s","userAgent":"Corpus/1.0 %1$s","eventTime":"2025-06-01T10:00:00Z"}}"""
                .formatted(run)));
        bodyCases(withdraw, "body", fields("profile", Kind.OBJECT, "profile.email", Kind.TEXT, "profile.externalId", Kind.TEXT,
                "purpose", Kind.TEXT, "channel", Kind.TEXT, "origin", Kind.OBJECT, "origin.eventTime", Kind.TIME,
                "origin.userAgent", Kind.TEXT));
        duplicate(withdraw, "purpose");
        unknown(withdraw, "profile.mail");
        unknown(withdraw, "reason");
        personCases(withdraw);
        on(withdraw, "a person nobody knows").expect(404).add();
        refuse(withdraw, "an unknown purpose", "purpose", text("nokey-" + run));
        refuse(withdraw, "SQL as the purpose", "purpose", text("commercial_email' OR '1'='1"));
        refuse(withdraw, "a purpose of 10,000 characters", "purpose", text(huge()));
        refuse(withdraw, "an unknown channel", "channel", text("pigeon-" + run));
        refuse(withdraw, "XSS as the channel", "channel", text("<script>alert(1)</script>"));
        refuse(withdraw, "a channel the purpose does not cover", "channel", text("sms"));
        refuse(withdraw, "origin.source IMPORT", "origin.source", text("IMPORT"));
        originCases(withdraw, "404: the person is looked up first");
        String lookedUp = "404: the address is looked up, not checked";
        for (Map.Entry<String, String> email : badEmails(true).entrySet()) {
            with(withdraw, "email " + email.getKey(), "profile.email", text(email.getValue())).field("profile.email").today(lookedUp).add();
        }
        with(withdraw, "email of 10,000 characters", "profile.email", text(huge() + "@example.org")).field("profile.email")
                .today(lookedUp).add();
        with(withdraw, "phone not-a-phone", "profile", object("phone", "not-a-phone")).field("profile.phone")
                .today("404: the phone is looked up, not checked").add();
        with(withdraw, "SQL as the externalId", "profile", object("externalId", "x' OR '1'='1 " + run)).expect(404).add();

        Route objection = route("POST /api/v1/profiles/objections", PROFILES_WRITE, "POST", "api/v1/profiles/objections", json("""
                {"profile":{"email":"object-%1$s@example.org"},
                 "origin":{"reference":"ref-%1$s","userAgent":"Corpus/1.0 %1$s","eventTime":"2025-06-01T10:00:00Z"}}"""
                .formatted(run)));
        bodyCases(objection, "body", fields("profile", Kind.OBJECT, "profile.email", Kind.TEXT, "profile.externalId", Kind.TEXT,
                "origin", Kind.OBJECT, "origin.userAgent", Kind.TEXT, "origin.eventTime", Kind.TIME));
        duplicate(objection, "profile");
        unknown(objection, "purpose");
        unknown(objection, "origin.extra");
        personCases(objection);
        refuse(objection, "origin.source EXPIRY", "origin.source", text("EXPIRY"));
        originCases(objection, "");
        String created = "200: an objection creates the profile without checking its address";
        for (Map.Entry<String, String> email : badEmails(false).entrySet()) {
            with(objection, "email " + email.getKey(), "profile.email", text(email.getValue())).field("profile.email").today(created).add();
        }
        with(objection, "email " + XSS_EMAIL, "profile.email", text(xssEmail())).field("profile.email").today(created).add();
        with(objection, "email of 10,000 characters", "profile.email", text(huge() + "@example.org")).field("profile.email")
                .today("500: the address is inserted unchecked (value too long)").add();
        with(objection, "a NUL character in the email", "profile.email", text("a\u0000b-" + run + "@example.org")).field("profile.email")
                .today("500: the address is inserted unchecked, PostgreSQL refuses the NUL").add();
        with(objection, "an externalId of 10,000 characters", "profile", object("externalId", huge())).field("profile.externalId")
                .today("500: the external id is inserted unchecked (value too long)").add();
        with(objection, "a NUL character in the externalId", "profile", object("externalId", "ext\u0000" + run))
                .field("profile.externalId").today("500: the external id is inserted unchecked, PostgreSQL refuses the NUL").add();
        with(objection, "phone not-a-phone", "profile", object("phone", "not-a-phone")).field("profile.phone")
                .today("404: the phone is looked up, not checked").add();
    }

    /** The origin of a decision: where it comes from, when, from which address and browser, and why. */
    private void originCases(Route route, String lookedUpFirst) {
        for (Map.Entry<String, String> address : badAddresses().entrySet()) {
            refuse(route, "origin.ipAddress " + address.getKey(), "origin.ipAddress", text(address.getValue()));
        }
        refuse(route, "an origin.ipAddress of 10,000 characters", "origin.ipAddress", text(huge()));
        refuse(route, "an origin.userAgent of 10,000 characters", "origin.userAgent", text(huge()));
        refuse(route, "an origin.reference of 10,000 characters", "origin.reference", text(huge()));
        refuse(route, "an origin.reason of 10,000 characters", "origin.reason", text(huge()));
        refuse(route, "origin.language xx", "origin.language", text("xx"));
        refuse(route, "SQL as the origin.language", "origin.language", text("' OR 1=1 --"));
        for (Map.Entry<String, String> time : badTimes().entrySet()) {
            refuse(route, "origin.eventTime " + time.getKey(), "origin.eventTime", text(time.getValue()));
        }
        String stored = lookedUpFirst.isEmpty() ? "500: not checked for control characters, PostgreSQL refuses the NUL" : lookedUpFirst;
        for (String field : List.of("origin.userAgent", "origin.reference", "origin.reason")) {
            with(route, "a NUL character in " + field, field, text("Corpus\u0000" + run)).field(field).today(stored).add();
        }
    }

    /** How a decision names the person: exactly one of email, externalId, phone. */
    private void personCases(Route route) {
        refuse(route, "profile is null", "profile", JsonValue.NULL);
        refuse(route, "a profile naming nobody", "profile", JsonValue.EMPTY_JSON_OBJECT);
        refuse(route, "a profile by email and externalId", "profile", object("email", "two-" + run + "@example.org",
                "externalId", "ext-" + run));
        refuse(route, "a profile whose email is null", "profile", object("email", null));
    }

    private void profiles() {
        Route erase = route("POST /api/v1/profiles/erasures", PROFILES_WRITE, "POST", "api/v1/profiles/erasures",
                json("{\"profile\":{\"email\":\"erase-" + run + "@example.org\"},\"reason\":\"Request " + run + "\"}"));
        bodyCases(erase, "profile", fields("profile", Kind.OBJECT, "profile.email", Kind.TEXT, "profile.externalId", Kind.TEXT,
                "reason", Kind.TEXT));
        duplicate(erase, "reason");
        unknown(erase, "profile.name");
        unknown(erase, "hard");
        personCases(erase);
        on(erase, "a person nobody knows").expect(404).add();
        refuse(erase, "reason is null", "reason", JsonValue.NULL);
        refuse(erase, "an empty reason", "reason", text(""));
        refuse(erase, "a blank reason", "reason", text("   "));
        refuse(erase, "a reason of 10,000 characters", "reason", text(huge()));
        with(erase, "a NUL character in the reason", "reason", text("Request\u0000" + run)).field("reason")
                .today("404: the person is looked up before the reason is checked for control characters").add();
        String lookedUp = "404: the address is looked up, not checked";
        with(erase, "email not-an-email", "profile.email", text("not-an-email-" + run)).field("profile.email").today(lookedUp).add();
        with(erase, "email of 10,000 characters", "profile.email", text(huge() + "@example.org")).field("profile.email")
                .today(lookedUp).add();
        with(erase, "an externalId of 10,000 characters", "profile", object("externalId", huge())).field("profile.externalId")
                .today("404: the external id is looked up, not checked").add();
        with(erase, "SQL as the externalId", "profile", object("externalId", "1 OR 1=1 " + run)).expect(404).add();

        Route export = route("GET /api/v1/profiles/export", PROFILES_WRITE, "GET",
                query("api/v1/profiles/export", "email", "export-" + run + "@example.org"), null);
        on(export, "a person nobody knows").expect(404).add();
        on(export, "nobody named").path("api/v1/profiles/export").field("profile").add();
        on(export, "an email and an externalId").path(query("api/v1/profiles/export", "email", "export-" + run + "@example.org",
                "externalId", "ext-" + run)).field("profile").add();
        on(export, "an email and a phone").path(query("api/v1/profiles/export", "email", "export-" + run + "@example.org",
                "phone", "+33612345678")).field("profile").add();
        String lookedUp404 = "404: the parameter is looked up, not checked";
        on(export, "email not-an-email").path(query("api/v1/profiles/export", "email", "not-an-email-" + run)).field("email")
                .today(lookedUp404).add();
        on(export, "SQL as the email").path(query("api/v1/profiles/export", "email", "' OR '1'='1")).field("email")
                .today(lookedUp404).add();
        on(export, "phone not-a-phone").path(query("api/v1/profiles/export", "phone", "not-a-phone")).field("phone")
                .today(lookedUp404).add();
        on(export, "an externalId of 1,000 characters").path(query("api/v1/profiles/export", "externalId", run + "x".repeat(990)))
                .field("externalId").today(lookedUp404).add();
        on(export, "SQL as the externalId").path(query("api/v1/profiles/export", "externalId", "x' OR '1'='1")).expect(404).add();
        on(export, "Accept: application/xml").header("Accept", "application/xml").expect(406).add();
    }

    private void activities() {
        Route record = route("POST /api/v1/activities", PROFILES_WRITE, "POST", "api/v1/activities", json("""
                {"profile":{"email":"activity-%1$s@example.org"},"type":"ORDER","occurredAt":"2025-06-01T10:00:00Z",
                 "reference":"order-%1$s"}""".formatted(run)));
        bodyCases(record, "body", fields("profile", Kind.OBJECT, "profile.email", Kind.TEXT, "type", Kind.TEXT,
                "occurredAt", Kind.TIME, "reference", Kind.TEXT));
        duplicate(record, "type");
        unknown(record, "source");
        unknown(record, "profile.name");
        personCases(record);
        on(record, "a person nobody knows").expect(404).add();
        refuse(record, "type is null", "type", JsonValue.NULL);
        refuse(record, "an empty type", "type", text(""));
        refuse(record, "an unknown type", "type", text("NOT_A_TYPE"));
        refuse(record, "type order in lower case", "type", text("order"));
        refuse(record, "SQL as the type", "type", text("ORDER'; drop table profile_activity;--"));
        refuse(record, "XSS as the type", "type", text("<script>alert(1)</script>"));
        refuse(record, "a type of 10,000 characters", "type", text(huge()));
        refuse(record, "occurredAt in year 9999", "occurredAt", text("9999-12-31T23:59:59Z"));
        refuse(record, "occurredAt not a date", "occurredAt", text("not a date"));
        refuse(record, "occurredAt on February 30th", "occurredAt", text("2026-02-30T10:00:00Z"));
        with(record, "occurredAt in year 0", "occurredAt", text("0000-01-01T00:00:00Z")).field("occurredAt")
                .today("404: only a future time is refused; the person is looked up next").add();
        with(record, "occurredAt before 2000", "occurredAt", text("1999-12-31T23:59:59Z")).field("occurredAt")
                .today("404: only a future time is refused; the person is looked up next").add();
        refuse(record, "a reference of 10,000 characters", "reference", text(huge()));
        with(record, "a NUL character in the reference", "reference", text("order\u0000" + run)).field("reference")
                .today("404: the reference is not checked for control characters; the person is looked up next").add();
        String lookedUp = "404: the address is looked up, not checked";
        with(record, "email not-an-email", "profile.email", text("not-an-email-" + run)).field("profile.email").today(lookedUp).add();
        with(record, "email of 10,000 characters", "profile.email", text(huge() + "@example.org")).field("profile.email")
                .today(lookedUp).add();
        with(record, "phone not-a-phone", "profile", object("phone", "not-a-phone")).field("profile.phone")
                .today("404: the phone is looked up, not checked").add();

        Route bulk = route("POST /api/v1/activities/bulk", PROFILES_WRITE, "POST", "api/v1/activities/bulk", json("""
                {"activities":[{"profile":{"email":"activity-%1$s@example.org"},"type":"ORDER","occurredAt":"2025-06-01T10:00:00Z",
                                "reference":"order-%1$s"},
                               {"profile":{"externalId":"ext-%1$s"},"type":"CLICK","reference":"click-%1$s"}]}""".formatted(run)));
        bodyCases(bulk, "body", fields("activities", Kind.LIST, "activities[0]", Kind.OBJECT, "activities[0].type", Kind.TEXT,
                "activities[0].occurredAt", Kind.TIME, "activities[1].profile", Kind.OBJECT));
        duplicate(bulk, "activities");
        unknown(bulk, "activities[0].source");
        on(bulk, "people nobody knows").expect(404).add();
        refuse(bulk, "activities is null", "activities", JsonValue.NULL);
        refuse(bulk, "activities is empty", "activities", Json.createArrayBuilder().build());
        refuse(bulk, "an activity is null", "activities[0]", JsonValue.NULL);
        refuse(bulk, "an unknown type", "activities[1].type", text("NOT_A_TYPE"));
        refuse(bulk, "occurredAt in year 9999", "activities[0].occurredAt", text("9999-12-31T23:59:59Z"));
        refuse(bulk, "a reference of 10,000 characters", "activities[0].reference", text(huge()));
        refuse(bulk, "a profile is null", "activities[1].profile", JsonValue.NULL);
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i <= 10_000; i++) {
            many.add(Json.createObjectBuilder().add("profile", Json.createObjectBuilder().add("externalId", "m" + i + "-" + run))
                    .add("type", "CLICK"));
        }
        refuse(bulk, "10,001 activities", "activities", many.build());
    }

    private void imports() {
        Route upload = route("POST /api/v1/imports", IMPORTS_WRITE, "POST", "api/v1/imports",
                multipart(file(csv("email,commercial_email.email\nimport-" + run + "@example.org,1\n")), part("dryRun", "true")));
        Part dryRun = part("dryRun", "true");
        on(upload, "no file part").body(multipart(dryRun)).field("file").add();
        on(upload, "no part at all").body(multipart()).add();
        on(upload, "an empty file").body(multipart(file(new byte[0]), dryRun)).field("file").add();
        byte[] garbage = new byte[2048];
        new Random(18).nextBytes(garbage);
        on(upload, "a file of binary garbage").body(multipart(file(garbage), dryRun)).field("file").add();
        on(upload, "a file of blank lines").body(multipart(file(csv("   \n\n\n")), dryRun)).field("file").add();
        on(upload, "a file with only its header line").body(multipart(file(csv("email,commercial_email.email\n")), dryRun))
                .field("file").today("202: a file without a line is queued").add();
        on(upload, "a file without a key column").body(multipart(file(csv("commercial_email.email\n1\n")), dryRun)).field("file").add();
        on(upload, "a file whose columns mean nothing").body(multipart(file(csv("foo,bar\n1,2\n")), dryRun)).field("file").add();
        on(upload, "a column for an unknown channel").body(multipart(file(csv("email,commercial_email.pigeon\nx-" + run
                + "@example.org,1\n")), dryRun)).field("file").add();
        on(upload, "the same column twice").body(multipart(file(csv("email,email,commercial_email.email\nx-" + run
                + "@example.org,x-" + run + "@example.org,1\n")), dryRun)).field("file").add();
        byte[] valid = csv("email,commercial_email.email\nimport-" + run + "@example.org,1\n");
        for (String flag : List.of("maybe", "yes", "1", "TRUE")) {
            on(upload, "dryRun=" + flag).body(multipart(file(valid), part("dryRun", flag))).field("dryRun").add();
        }
        on(upload, "emptyDeletes=yes").body(multipart(file(valid), dryRun, part("emptyDeletes", "yes"))).field("emptyDeletes").add();
        on(upload, "allOrNothing=maybe").body(multipart(file(valid), dryRun, part("allOrNothing", "maybe"))).field("allOrNothing").add();
        Map<String, String> dateOrders = new LinkedHashMap<>();
        dateOrders.put("SIDEWAYS", "SIDEWAYS");
        dateOrders.put("SQL", "DAY_FIRST'; drop table import_job;--");
        dateOrders.put("of 10,000 characters", huge());
        dateOrders.forEach((what, value) -> on(upload, "dateOrder " + what).body(multipart(file(valid), dryRun, part("dateOrder", value)))
                .field("dateOrder").add());
        Map<String, String> zones = new LinkedHashMap<>();
        zones.put("Mars/Olympus", "Mars/Olympus");
        zones.put("+25:00", "+25:00");
        zones.put("SQL", "UTC'; drop table import_job;--");
        zones.put("of 10,000 characters", huge());
        zones.forEach((what, value) -> on(upload, "timeZone " + what).body(multipart(file(valid), dryRun, part("timeZone", value)))
                .field("timeZone").add());
        Map<String, String> mappings = new LinkedHashMap<>();
        mappings.put("without an equals sign", "no equals sign");
        mappings.put("without a header", "=email");
        mappings.put("for a header the file does not have", "unknown_header=email");
        mappings.put("to an unknown target", "email=nowhere");
        mappings.put("with XSS", "<script>alert(1)</script>=email");
        mappings.put("naming a header twice", "email=email\nemail=email");
        mappings.put("of 10,000 characters", huge() + "=email");
        mappings.forEach((what, value) -> on(upload, "a mapping " + what).body(multipart(file(valid), dryRun, part("mapping", value)))
                .field("mapping").add());
        String parserOutcome = "uncertain: the multipart parser's refusal may surface as a 500";
        byte[] whole = multipart(file(valid), dryRun).bytes();
        on(upload, "multipart without a boundary parameter").body(new Body("multipart/form-data", whole, "(a multipart body)"))
                .today(parserOutcome).add();
        on(upload, "multipart cut before its closing boundary").body(new Body(multipart(file(valid), dryRun).contentType(),
                Arrays.copyOf(whole, whole.length / 2), "(the first half of a multipart body)")).today(parserOutcome).add();
        on(upload, "a boundary the body does not use").body(new Body("multipart/form-data; boundary=not-the-one-" + run, whole,
                "(a multipart body with another boundary)")).today(parserOutcome).add();
        on(upload, "a JSON body").body(Body.json("{\"file\":\"email\\n\"}")).expect(415).add();
        on(upload, "the CSV file itself as the body").body(new Body("text/csv", valid, new String(valid, StandardCharsets.UTF_8)))
                .expect(415).add();
        on(upload, "a URL-encoded form").body(typed("application/x-www-form-urlencoded", "file=email&dryRun=true")).expect(415).add();

        String jaxrs404 = "404: JAX-RS answers an unreadable number parameter with 404";
        Route one = route("GET /api/v1/imports/{id}", IMPORTS_WRITE, "GET", "api/v1/imports/" + Long.MAX_VALUE, null);
        on(one, "an import that does not exist").expect(404).add();
        on(one, "id 0").path("api/v1/imports/0").expect(404).add();
        on(one, "id -1").path("api/v1/imports/-1").expect(404).add();
        on(one, "id abc").path("api/v1/imports/abc").expect(404).add();
        on(one, "id 1.5").path("api/v1/imports/1.5").expect(404).add();
        on(one, "an id beyond a long").path("api/v1/imports/99999999999999999999").expect(404).add();
        for (String action : List.of("run", "stop", "restart")) {
            Route route = route("POST /api/v1/imports/{id}/" + action, IMPORTS_WRITE, "POST",
                    "api/v1/imports/" + Long.MAX_VALUE + "/" + action, null);
            on(route, "an import that does not exist").expect(404).add();
            on(route, "id abc").path("api/v1/imports/abc/" + action).expect(404).add();
        }
        Route errors = route("GET /api/v1/imports/{id}/errors", IMPORTS_WRITE, "GET", "api/v1/imports/" + Long.MAX_VALUE + "/errors", null);
        on(errors, "an import that does not exist").expect(404).add();
        on(errors, "id -1").path("api/v1/imports/-1/errors").expect(404).add();
        on(errors, "id abc").path("api/v1/imports/abc/errors").expect(404).add();
    }

    private void exports() {
        Route statuses = route("GET /api/v1/exports/statuses", IMPORTS_WRITE, "GET", "api/v1/exports/statuses", null);
        on(statuses, "Accept: application/json (CSV only)").header("Accept", JSON).expect(406).add();
        on(statuses, "POST instead of GET").method("POST").body(Body.json("{}")).expect(405).add();
        Route evidence = route("GET /api/v1/exports/evidence", IMPORTS_WRITE, "GET", "api/v1/exports/evidence", null);
        on(evidence, "Accept: application/json (CSV only)").header("Accept", JSON).expect(406).add();
        on(evidence, "DELETE instead of GET").method("DELETE").expect(405).add();
    }

    /** Methods and paths that do not exist, the public routes included. */
    private void protocol() {
        Route json = route("GET /api/v1/openapi.json", null, "GET", "api/v1/openapi.json", null);
        on(json, "POST instead of GET").method("POST").body(Body.json("{}")).expect(405).add();
        Route yaml = route("GET /api/v1/openapi.yaml", null, "GET", "api/v1/openapi.yaml", null);
        on(yaml, "DELETE instead of GET").method("DELETE").expect(405).add();
        Route negotiated = route("GET /api/v1/openapi", null, "GET", "api/v1/openapi", null);
        on(negotiated, "PUT instead of GET").method("PUT").body(Body.json("{}")).expect(405).add();
        on(negotiated, "a format that does not exist").path("api/v1/openapi.xml").expect(404).add();

        wrongMethod("GET /api/v1/gate", "DELETE", "api/v1/gate");
        wrongMethod("POST /api/v1/gate/filter", "GET", "api/v1/gate/filter");
        wrongMethod("GET /api/v1/gate/audience", "PUT", "api/v1/gate/audience");
        wrongMethod("PUT /api/v1/channels/{key}", "POST", "api/v1/channels/" + channel);
        wrongMethod("PUT /api/v1/channels/{key}", "PATCH", "api/v1/channels/" + channel);
        wrongMethod("GET /api/v1/operations/{key}", "DELETE", "api/v1/operations/" + liveOperation);
        wrongMethod("POST /api/v1/purposes/{key}/archive", "GET", "api/v1/purposes/" + purpose + "/archive");
        wrongMethod("POST /api/v1/submissions", "GET", "api/v1/submissions");
        wrongMethod("POST /api/v1/profiles/withdrawals", "DELETE", "api/v1/profiles/withdrawals");
        wrongMethod("POST /api/v1/profiles/erasures", "GET", "api/v1/profiles/erasures");
        wrongMethod("GET /api/v1/profiles/export", "POST", "api/v1/profiles/export");
        wrongMethod("POST /api/v1/activities", "PUT", "api/v1/activities");
        wrongMethod("POST /api/v1/activities/bulk", "GET", "api/v1/activities/bulk");
        wrongMethod("POST /api/v1/imports", "GET", "api/v1/imports");
        wrongMethod("GET /api/v1/imports/{id}", "DELETE", "api/v1/imports/1");

        Route channels = routes.get("GET /api/v1/channels");
        on(channels, "a path that does not exist").path("api/v1/nothing-" + run).expect(404).add();
        on(channels, "a version that does not exist").path("api/v2/channels").expect(404).add();
        on(channels, "a path below a channel").path("api/v1/channels/" + channel + "/more").expect(404).add();
        on(channels, "no version").path("api/channels").expect(404).add();
    }

    private void wrongMethod(String routeName, String method, String path) {
        Route route = routes.get(routeName);
        on(route, method + " instead of " + route.method()).method(method).path(path)
                .body("GET".equals(method) || "DELETE".equals(method) ? null : Body.json("{}")).expect(405).add();
    }

    /** Every signed-in route: no credentials, a key that does not exist, a key without the scope; then the other ways to fail. */
    private void credentials() {
        for (Route route : List.copyOf(routes.values())) {
            if (route.scope() == null) {
                continue;
            }
            on(route, "no credentials").auth(null).expect(401).add();
            on(route, "an API key that does not exist").auth("Bearer nonsense").expect(401).add();
            on(route, "an API key without " + route.scope()).auth(withoutScope.get(route.scope())).expect(403).add();
        }
        String fullPrefix = full.substring(0, "Bearer cm_".length() + 9);
        List<String> oneRoutePerFeature = List.of("GET /api/v1/gate", "GET /api/v1/channels", "POST /api/v1/purposes",
                "GET /api/v1/partners", "POST /api/v1/operations", "POST /api/v1/submissions", "GET /api/v1/profiles/export",
                "POST /api/v1/activities", "POST /api/v1/imports", "GET /api/v1/exports/evidence");
        int n = 0;
        for (String name : oneRoutePerFeature) {
            Route route = routes.get(name);
            on(route, "a console user with a wrong password").auth(Credentials.basic(lockedUser, "wrong-" + run)).expect(401).add();
            on(route, "a console user who does not exist").auth(Credentials.basic("nobody-" + run + "-" + n++, "whatever"))
                    .expect(401).add();
        }
        on(routes.get("GET /api/v1/channels"), "an empty Bearer token").auth("Bearer ").expect(401).add();
        on(routes.get("GET /api/v1/purposes"), "a real key's prefix with a wrong secret").auth(fullPrefix + "wrong-secret-" + run)
                .expect(401).add();
        on(routes.get("GET /api/v1/purposes/{key}"), "a real key followed by another word").auth(full + " " + run).expect(401).add();
        on(routes.get("GET /api/v1/partners/{key}"), "Basic credentials that are not Base64").auth("Basic !!!not-base64!!!")
                .expect(401).add();
        on(routes.get("GET /api/v1/operations"), "Basic credentials without a colon")
                .auth("Basic " + java.util.Base64.getEncoder().encodeToString(("corpus-admin-" + fix).getBytes(StandardCharsets.UTF_8)))
                .expect(401).add();
        on(routes.get("GET /api/v1/gate/audience"), "a Digest header").auth("Digest username=\"admin\", realm=\"consent-manager\"")
                .expect(401).add();
        on(routes.get("GET /api/v1/exports/statuses"), "an unknown scheme").auth("Token " + full.substring("Bearer ".length()))
                .expect(401).add();
        for (Route route : List.copyOf(routes.values())) {
            if (CONFIG_WRITE.equals(route.scope())) {
                on(route, "a console operator (no config:write)").auth(operatorBasic).expect(403).add();
            }
        }
        Route erase = routes.get("POST /api/v1/profiles/erasures");
        on(erase, "an API key with profiles:write (erasure is for console admins)").auth(full).expect(403).add();
        on(erase, "a console operator (erasure is for console admins)").auth(operatorBasic).expect(403).add();
    }

    // ---- generators shared by the body routes

    /** Malformed bodies, wrong content types, an unknown property, and every listed field with values of the wrong type. */
    private void bodyCases(Route route, String bodyField, Map<String, Kind> typed) {
        String sent = route.body().text();
        on(route, "an empty body").json("").field(bodyField).add();
        on(route, "the JSON literal null").json("null").field(bodyField).add();
        on(route, "truncated JSON").json(sent.substring(0, sent.length() / 2)).field("body").add();
        on(route, "trailing garbage after the object").json(sent + " xyz").field("body").add();
        on(route, "a second object after the first").json(sent + sent).field("body").add();
        on(route, "an array where an object is expected").json("[1,2]").field("body").add();
        on(route, "a bare string").json("\"" + run + "\"").field("body").add();
        on(route, "single quotes").json(sent.replace('"', '\'')).field("body").add();
        on(route, "nested 40 levels deep").json("[".repeat(40) + "]".repeat(40)).field("body").add();
        on(route, "a byte that is not UTF-8").body(notUtf8(sent)).field("body").add();
        on(route, "UTF-16 announced as such").body(new Body(JSON + "; charset=UTF-16", sent.getBytes(StandardCharsets.UTF_16),
                sent + " (in UTF-16)")).expect(400, 415).add();
        on(route, "text/plain instead of JSON").body(typed("text/plain", sent)).expect(415).add();
        on(route, "application/xml instead of JSON").body(typed("application/xml", "<body>" + run + "</body>")).expect(415).add();
        on(route, "a JSON body sent as a form").body(typed("application/x-www-form-urlencoded", "json=" + run)).expect(415).add();
        on(route, "multipart instead of JSON").body(multipart(part("json", sent))).expect(415).add();
        on(route, "no Content-Type").body(new Body(null, sent.getBytes(StandardCharsets.UTF_8), sent)).expect(400, 415).add();
        unknown(route, "unexpected");
        JsonObject parsed = valid(route);
        typed.forEach((field, kind) -> kind.wrong().forEach((what, value) ->
                on(route, field + " is " + what).json(set(parsed, field, value)).field(field).add()));
    }

    private void unknown(Route route, String field) {
        refuse(route, "an unknown property " + field, field, text("x-" + run));
    }

    /** The same property twice in one object (JSON-P would keep the last one silently). */
    private void duplicate(Route route, String field) {
        JsonObject valid = valid(route);
        String first = Json.createObjectBuilder().add(field, valid.containsKey(field) ? valid.get(field) : text("x-" + run)).build()
                .toString();
        on(route, field + " given twice").json(first.substring(0, first.length() - 1) + "," + valid.toString().substring(1))
                .field(field).add();
    }

    /** Unknown keys in a path: nothing has them, whatever they hold. */
    private void unknownKeys(Route route, String pattern) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("an unknown key", "nokey-" + run);
        keys.put("SQL as the key", "x' OR '1'='1");
        keys.put("XSS as the key", "<svg onload=alert(1)>");
        keys.put("an emoji as the key", "\ud83d\udcee");
        keys.put("a key of 1,000 characters", run + "x".repeat(990));
        keys.forEach((what, key) -> on(route, what).path(pattern.formatted(segment(key))).expect(404).add());
    }

    private void refuse(Route route, String what, String field, JsonValue value) {
        with(route, what, field, value).field(field).add();
    }

    private Draft with(Route route, String what, String field, JsonValue value) {
        return on(route, what).json(set(valid(route), field, value));
    }

    private Draft on(Route route, String what) {
        return new Draft(route, what);
    }

    private Route route(String name, String scope, String method, String path, Body body) {
        Route route = new Route(name, scope, method, path, body);
        assertThat(routes.put(name, route)).as("route %s declared once", name).isNull();
        return route;
    }

    /** The credentials a route is right with: a console admin for erasures, else the key with every scope. */
    private String caller(Route route) {
        return route.name().equals("POST /api/v1/profiles/erasures") ? adminBasic : full;
    }

    // ---- values

    private static final String XSS_EMAIL = "<script>alert(1)</script>@example.org";

    private String xssEmail() {
        return "<script>alert(1)</script>@" + run + ".example.org";
    }

    /** Addresses the rule "one address a person can receive" refuses; with the run's suffix, so that none can be written unseen. */
    private Map<String, String> badEmails(boolean withLong) {
        Map<String, String> emails = new LinkedHashMap<>();
        emails.put("not-an-email", "not-an-email-" + run);
        emails.put("a@b", "a." + run + "@b");
        if (withLong) {
            emails.put("of 400 characters", longEmail());
        }
        return emails;
    }

    private String longEmail() {
        return run + "x".repeat(400 - run.length() - "@example.org".length()) + "@example.org";
    }

    private static Map<String, String> badPhones() {
        Map<String, String> phones = new LinkedHashMap<>();
        phones.put("not-a-phone", "not-a-phone");
        phones.put("too short", "+33 6 12");
        phones.put("of an unknown country", "+999 123456789");
        phones.put("with an extension", "06 12 34 56 78 ext. 12");
        phones.put("of 100 digits", "9".repeat(100));
        return phones;
    }

    private static Map<String, String> badAddresses() {
        Map<String, String> addresses = new LinkedHashMap<>();
        addresses.put("not-an-ip", "not-an-ip");
        addresses.put("999.1.1.1", "999.1.1.1");
        addresses.put("1.2.3", "1.2.3");
        addresses.put("::gg", "::gg");
        addresses.put("a network 192.0.2.0/24", "192.0.2.0/24");
        addresses.put("a URL", "http://192.0.2.1/");
        addresses.put("with SQL", "1.1.1.1' OR '1'='1");
        return addresses;
    }

    private static Map<String, String> badTimes() {
        Map<String, String> times = new LinkedHashMap<>();
        times.put("in year 0", "0000-01-01T00:00:00Z");
        times.put("before 2000", "1999-12-31T23:59:59Z");
        times.put("in year 2999", "2999-01-01T00:00:00Z");
        times.put("in year 9999", "9999-12-31T23:59:59Z");
        times.put("not a date", "not a date");
        times.put("on February 30th", "2026-02-30T10:00:00Z");
        times.put("without a time", "2026-01-01");
        return times;
    }

    private String huge() {
        return run + "x".repeat(HUGE - run.length());
    }

    private static Body json(String text) {
        return Body.json(text);
    }

    private static JsonValue text(String value) {
        return Json.createValue(value);
    }

    private static JsonArray array(JsonValue... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        Arrays.stream(values).forEach(array::add);
        return array.build();
    }

    /** An object of text properties; a null value is JSON null. */
    private static JsonObject object(String... namesAndValues) {
        var object = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                object.addNull(namesAndValues[i]);
            } else {
                object.add(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return object.build();
    }

    /** The JSON types a field may have, each with two values of another type. */
    private enum Kind {
        TEXT, WHOLE, FLAG, LIST, OBJECT, DATE, TIME;

        Map<String, JsonValue> wrong() {
            Map<String, JsonValue> wrong = new LinkedHashMap<>();
            switch (this) {
                case TEXT -> {
                    wrong.put("a number", Json.createValue(123));
                    wrong.put("an array", array(text("x")));
                }
                case WHOLE -> {
                    wrong.put("a text", text("1"));
                    wrong.put("1.5", Json.createValue(new BigDecimal("1.5")));
                }
                case FLAG -> {
                    wrong.put("\"maybe\"", text("maybe"));
                    wrong.put("the number 1", Json.createValue(1));
                }
                case LIST -> {
                    wrong.put("an object", object("0", "x"));
                    wrong.put("a text", text("x"));
                }
                case OBJECT -> {
                    wrong.put("a text", text("x"));
                    wrong.put("an array", array(Json.createValue(1)));
                }
                case DATE -> {
                    wrong.put("2026-13-45", text("2026-13-45"));
                    wrong.put("a number", Json.createValue(20260101));
                }
                case TIME -> {
                    wrong.put("not a date", text("not a date"));
                    wrong.put("a number", Json.createValue(1767225600));
                }
            }
            return wrong;
        }
    }

    private static Map<String, Kind> fields(Object... fieldsAndKinds) {
        Map<String, Kind> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndKinds.length; i += 2) {
            fields.put((String) fieldsAndKinds[i], (Kind) fieldsAndKinds[i + 1]);
        }
        return fields;
    }

    private static JsonObject valid(Route route) {
        try (JsonReader reader = Json.createReader(new StringReader(route.body().text()))) {
            return reader.readObject();
        }
    }

    /** The body with the field at {@code path} ({@code origin.userAgent}, {@code choices[0].state}) set to the value. */
    private static String set(JsonObject body, String path, JsonValue value) {
        JsonPointer pointer = Json.createPointer(pointer(path));
        return (pointer.containsValue(body) ? pointer.replace(body, value) : pointer.add(body, value)).toString();
    }

    private static String set(String body, String path, JsonValue value) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return set(reader.readObject(), path, value);
        }
    }

    private static String remove(String body, String path) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return Json.createPointer(pointer(path)).remove(reader.readObject()).toString();
        }
    }

    private static String pointer(String path) {
        return "/" + path.replace(".", "/").replaceAll("\\[(\\d+)]", "/$1");
    }

    /** The body with a byte that is no UTF-8 in a property name. */
    private static Body notUtf8(String valid) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes("\":1,".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(valid.substring(1).getBytes(StandardCharsets.UTF_8));
        return new Body(JSON, bytes.toByteArray(), "{\"\\xFF\":1," + valid.substring(1));
    }

    private static Body typed(String contentType, String text) {
        return new Body(contentType, text.getBytes(StandardCharsets.UTF_8), text);
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Part file(byte[] content) {
        return new Part("file", "corpus-" + run + ".csv", "text/csv", content);
    }

    private static Part part(String name, String value) {
        return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }

    private Body multipart(Part... parts) {
        String boundary = "corpus-" + run;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        StringBuilder shown = new StringBuilder("multipart:");
        for (Part part : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                    + (part.contentType() == null ? "" : "\r\nContent-Type: " + part.contentType()) + "\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            String content = new String(part.content(), StandardCharsets.UTF_8);
            shown.append(" [").append(part.name()).append(part.fileName() == null ? "" : " " + part.fileName()).append(": ")
                    .append(content.length() > 80 ? content.substring(0, 80) + "… (" + part.content().length + " bytes)" : content)
                    .append(']');
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body("multipart/form-data; boundary=" + boundary, body.toByteArray(), shown.toString());
    }

    private static String query(String path, String... namesAndValues) {
        StringBuilder query = new StringBuilder(path);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            query.append(i == 0 ? '?' : '&').append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    // ---- running a case

    private void check(Case c) {
        Reply reply = send(c);
        String story = story(c, reply);
        assertThat(reply.status()).as("never a 5xx%n%s", story).isLessThan(500);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(reply.status()).as("the status%n%s", story).isIn(c.expected());
        soft.assertThat(reply.contentType()).as("a problem (%s)%n%s", PROBLEM, story).startsWith(PROBLEM);
        JsonObject problem = reply.problem();
        soft.assertThat(problem).as("a JSON object%n%s", story).isNotNull();
        if (problem != null) {
            soft.assertThat(problem.getInt("status", -1)).as("the problem's status%n%s", story).isEqualTo(reply.status());
            if (c.field() != null) {
                soft.assertThat(fields(problem)).as("errors[].field names %s%n%s", c.field(), story).contains(c.field());
            }
        }
        if (reply.status() == 401) {
            soft.assertThat(reply.headers().firstValue("WWW-Authenticate")).as("a challenge%n%s", story).isPresent();
        }
        if (reply.status() == 405) {
            soft.assertThat(reply.headers().firstValue("Allow")).as("the methods allowed%n%s", story).isPresent();
        }
        soft.assertAll();
    }

    private static List<String> fields(JsonObject problem) {
        JsonValue errors = problem.get("errors");
        if (errors == null || errors.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return errors.asJsonArray().stream()
                .filter(error -> error.getValueType() == JsonValue.ValueType.OBJECT)
                .map(error -> error.asJsonObject().getString("field", null))
                .toList();
    }

    private Reply send(Case c) {
        byte[] body = c.body() == null ? null : c.body().bytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(c.path()))
                .timeout(Duration.ofSeconds(60))
                .method(c.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (c.body() != null && c.body().contentType() != null) {
            request.header("Content-Type", c.body().contentType());
        }
        for (int i = 0; i < c.headers().size(); i += 2) {
            request.header(c.headers().get(i), c.headers().get(i + 1));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(c.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/?$", "/")).resolve(path);
    }

    /** What a failure message shows: the case, the request as sent (credentials cut), what it must get, and the reply. */
    private String story(Case c, Reply reply) {
        StringBuilder story = new StringBuilder("case: ").append(c.name())
                .append("\nrequest: ").append(c.method()).append(' ').append(uri(c.path()));
        for (int i = 0; i < c.headers().size(); i += 2) {
            String value = c.headers().get(i + 1);
            boolean secret = "Authorization".equalsIgnoreCase(c.headers().get(i));
            story.append("\n  ").append(c.headers().get(i)).append(": ")
                    .append(secret && value.length() > 16 ? value.substring(0, 16) + "…" : value);
        }
        if (c.body() != null) {
            story.append("\n  Content-Type: ").append(c.body().contentType())
                    .append("\n  body (").append(c.body().bytes().length).append(" bytes): ").append(cut(c.body().shown(), 400));
        }
        story.append("\nexpected: ").append(c.expected()).append(' ').append(PROBLEM)
                .append(c.field() == null ? "" : " naming " + c.field());
        if (c.today() != null) {
            story.append("\ntoday (predicted): ").append(c.today());
        }
        return story.append("\nreply: ").append(reply.status()).append(' ').append(reply.contentType()).append(' ')
                .append(cut(reply.body(), 1500)).toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " characters)";
    }

    // ---- after the cases

    private void tableIsWhole() {
        Set<String> names = new HashSet<>();
        List<String> twice = cases.stream().map(Case::name).filter(name -> !names.add(name)).toList();
        assertThat(twice).as("case names are unique").isEmpty();
        Set<String> covered = cases.stream().map(Case::route).collect(Collectors.toSet());
        assertThat(new TreeSet<>(routes.keySet())).as("every route has cases").allMatch(covered::contains);
        assertThat(cases).as("the corpus").hasSizeGreaterThanOrEqualTo(300);
    }

    private void nothingWritten() throws SQLException {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("profiles", "select count(*) from profile where email like ? or external_id like ?");
        queries.put("consent events of the run's people, or naming the run",
                "select count(*) from consent_event e join profile p on p.id = e.profile_id where p.email like ? or p.external_id like ?"
                        + " or e.source_reference like ? or e.user_agent like ? or e.reason like ?");
        queries.put("profile events", "select count(*) from profile_event where source_reference like ? or user_agent like ?"
                + " or reason like ?");
        queries.put("form submissions", "select count(*) from operation_submission where nonce like ? or user_agent like ?");
        queries.put("activities", "select count(*) from profile_activity where source_reference like ?");
        queries.put("channels", "select count(*) from channel c where c.channel_key like ? or exists (select 1 from"
                + " channel_public_name n where n.channel_id = c.id and n.name like ?)");
        queries.put("purposes", "select count(*) from purpose where purpose_key like ?");
        queries.put("purpose texts", "select count(*) from purpose_version_text where subject like ? or wording like ?"
                + " or info_url like ? or additional_text like ?");
        queries.put("partners", "select count(*) from partner where partner_key like ? or name like ? or privacy_url like ?");
        queries.put("operations", "select count(*) from operation where operation_key like ? or name like ?");
        queries.put("import jobs", "select count(*) from import_job where file_name like ? or time_zone like ? or mapping like ?");
        String pattern = "%" + run + "%";
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            int parameters = (int) query.getValue().chars().filter(character -> character == '?').count();
            soft.assertThat(TestDatabase.count(query.getValue(), Collections.nCopies(parameters, pattern).toArray()))
                    .as("%s carrying %s (see the cases' 'today' notes: an accepted bad request writes)", query.getKey(), run).isZero();
        }
        soft.assertAll();
    }

    private void fixturesUnchanged() {
        Api api = new Api(base);
        SoftAssertions soft = new SoftAssertions();
        for (String path : fixturePaths()) {
            Api.Reply now = api.call("GET", path, null, "Authorization", full);
            soft.assertThat(now.response().body()).as("GET %s after the corpus", path).isEqualTo(snapshots.get(path));
        }
        soft.assertAll();
    }

    private List<String> fixturePaths() {
        return List.of("api/v1/channels/" + channel, "api/v1/channels/email", "api/v1/partners/" + partner,
                "api/v1/purposes/" + purpose, "api/v1/purposes/" + purpose + "/versions", "api/v1/purposes/commercial_email",
                "api/v1/operations/" + liveOperation, "api/v1/operations/" + draftOperation);
    }

    private JsonObject expect(Api api, int status, String method, String path, String body) {
        Api.Reply reply = api.call(method, path, body, "Authorization", full);
        assertThat(reply.status()).as("fixture: %s %s%n%s", method, path, reply).isEqualTo(status);
        return reply.json().asJsonObject();
    }

    // ---- the table's rows

    /** A REST route: its name ("METHOD /template"), the scope it needs (null: public), and a request that is right. */
    private record Route(String name, String scope, String method, String path, Body body) {
    }

    /** One request of the corpus and what it must get: one of the statuses, as a problem naming the field (when not null). */
    private record Case(String route, String name, String method, String path, Body body, List<String> headers,
                        Set<Integer> expected, String field, String today) {
    }

    /** A request body as sent: its content type (null: none), its bytes, and how a failure message shows it. */
    private record Body(String contentType, byte[] bytes, String shown) {

        static Body json(String text) {
            String sent = text.replace(LONE_SURROGATE, "\\ud800");
            return new Body(JSON, sent.getBytes(StandardCharsets.UTF_8), sent);
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** A part of a multipart body: a file when it has a file name. */
    private record Part(String name, String fileName, String contentType, byte[] content) {
    }

    private record Reply(int status, HttpHeaders headers, String body) {

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        JsonObject problem() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** A case being written: by default the route's request with its right credentials, answered 400. */
    private final class Draft {

        private final Route route;
        private final String what;
        private String method;
        private String path;
        private Body body;
        private String auth;
        private final List<String> headers = new ArrayList<>();
        private Set<Integer> expected = Set.of(400);
        private String field;
        private String today;

        Draft(Route route, String what) {
            this.route = route;
            this.what = what;
            this.method = route.method();
            this.path = route.path();
            this.body = route.body();
            this.auth = caller(route);
        }

        Draft method(String method) {
            this.method = method;
            return this;
        }

        Draft path(String path) {
            this.path = path;
            return this;
        }

        Draft body(Body body) {
            this.body = body;
            return this;
        }

        Draft json(String text) {
            return body(Body.json(text));
        }

        /** The Authorization header; null sends none. */
        Draft auth(String auth) {
            this.auth = auth;
            return this;
        }

        Draft header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        Draft expect(Integer... statuses) {
            this.expected = Set.of(statuses);
            return this;
        }

        Draft field(String field) {
            this.field = field;
            return this;
        }

        /** What today's code is expected to answer instead (what issue 18 asks to change). */
        Draft today(String today) {
            this.today = today;
            return this;
        }

        void add() {
            List<String> all = new ArrayList<>(List.of("Accept-Language", "en"));
            if (auth != null) {
                all.add("Authorization");
                all.add(auth);
            }
            all.addAll(headers);
            cases.add(new Case(route.name(), route.name() + " | " + what, method, path, body, List.copyOf(all),
                    new TreeSet<>(expected), field, today));
        }
    }
}

package com.consentmanager.receipt.control;

import com.consentmanager.profile.entity.ConsentState;
import com.consentmanager.profile.entity.EventType;
import com.consentmanager.profile.entity.SourceType;
import com.consentmanager.purpose.entity.LawfulBasis;
import com.consentmanager.purpose.entity.PurposeKind;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Receipts written as JSON, checked field by field and against the schema kept in the repository. */
class ReceiptJsonTest {

    private static final String FRENCH_NOTICE = "J\u2019accepte de recevoir la lettre « Conseils beauté » de Zoé & Cie par email et SMS.\n"
            + "Pour vous désinscrire, répondez \"STOP\" — ou suivez le lien 🔗.";
    private static final String ENGLISH_NOTICE = "We send a short \"How was it?\" survey after each order.\r\n"
            + "You can object at any time: tell us once, we stop.";
    private static final UUID RECORD_ID = UUID.fromString("0b5f7c1e-9a4d-4c2b-8e61-3f0d2a9b7c45");
    private static final Instant DECIDED = Instant.parse("2026-03-04T05:06:07.123456Z");
    private static final Instant RECORDED = Instant.parse("2026-03-04T05:06:08Z");

    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = ReceiptJsonTest.class.getClassLoader().getResourceAsStream(ReceiptJson.SCHEMA)) {
            assertThat(in).as("the schema is on the class path at " + ReceiptJson.SCHEMA).isNotNull();
            schema = registry.getSchema(in, InputFormat.JSON);
        }
    }

    /** A newsletter consent given in French on a form, accepted on SMS and pending double opt-in on email. */
    private static Receipt frenchConsentOnTwoChannels() {
        ReceiptPurpose newsletter = new ReceiptPurpose("conseils_beaute", "Conseils beauté", PurposeKind.CONSENT, LawfulBasis.A, 3,
                new Notice(FRENCH_NOTICE, "fr"), List.of(
                new ReceiptChannel("email", "E-mail", ConsentState.PENDING, ConsentState.UNKNOWN, EventType.DOUBLE_OPT_IN_REQUESTED, "1041"),
                new ReceiptChannel("sms", "SMS", ConsentState.ACCEPTED, ConsentState.REFUSED, EventType.GIVEN, "1042")));
        return new Receipt(RECORD_ID, DECIDED, RECORDED, "fr", new DataController("Zoé & Cie", "dpo@zoe-cie.example.org"),
                "alice@example.org", List.of(newsletter),
                new ReceiptProvenance(SourceType.OPERATION_FORM, "jeu-concours-ete-2026"));
    }

    /** An objection to a post-purchase survey (Art. 6(1)(f)) recorded by an API client, for a person known by an external id. */
    private static Receipt englishLegalBasis(LawfulBasis basis) {
        ReceiptPurpose survey = new ReceiptPurpose("order.survey", "Post-purchase survey", PurposeKind.LEGAL_BASIS, basis, 1,
                new Notice(ENGLISH_NOTICE, "en"), List.of(
                new ReceiptChannel("email", "Email", ConsentState.REFUSED, ConsentState.ACCEPTED, EventType.WITHDRAWN, "77")));
        return new Receipt(UUID.randomUUID(), DECIDED, RECORDED, "en", new DataController("Zoé & Cie", "https://zoe-cie.example.org/privacy"),
                null, List.of(survey), new ReceiptProvenance(SourceType.API_CLIENT, null));
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static List<Error> errors(String json) {
        return schema.validate(json, InputFormat.JSON);
    }

    private static List<Error> errorsAfter(Receipt receipt, UnaryOperator<JsonPatchBuilder> change) {
        JsonObject changed = change.apply(Json.createPatchBuilder()).build().apply(parse(ReceiptJson.write(receipt)));
        return errors(changed.toString());
    }

    @Test
    void theSchemaIsAValidDraft2020_12Schema() throws IOException {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        try (InputStream in = ReceiptJsonTest.class.getClassLoader().getResourceAsStream(ReceiptJson.SCHEMA)) {
            assertThat(metaSchema.validate(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
        }
    }

    @Test
    void aFrenchConsentOnTwoChannelsIsWrittenAsTheSchemaSays() {
        String json = ReceiptJson.write(frenchConsentOnTwoChannels());

        assertThat(errors(json)).isEmpty();
        JsonObject receipt = parse(json);
        assertThat(receipt.getString("schemaVersion")).isEqualTo("1.0");
        assertThat(receipt.getString("recordId")).isEqualTo("0b5f7c1e-9a4d-4c2b-8e61-3f0d2a9b7c45");
        assertThat(receipt.getString("eventTime")).isEqualTo("2026-03-04T05:06:07.123456Z");
        assertThat(receipt.getString("recordedAt")).isEqualTo("2026-03-04T05:06:08Z");
        assertThat(receipt.getString("language")).isEqualTo("fr");
        assertThat(receipt.getJsonObject("controller").getString("name")).isEqualTo("Zoé & Cie");
        assertThat(receipt.getJsonObject("subject").getString("email")).isEqualTo("a***@example.org");
        JsonObject purpose = receipt.getJsonArray("purposes").getJsonObject(0);
        assertThat(purpose.getString("kind")).isEqualTo("consent");
        assertThat(purpose.getString("legalBasis")).isEqualTo("dpv:Consent");
        assertThat(purpose.getString("gdprArticle")).isEqualTo("6(1)(a)");
        assertThat(purpose.getInt("version")).isEqualTo(3);
        assertThat(purpose.getJsonArray("channels")).hasSize(2);
        JsonObject email = purpose.getJsonArray("channels").getJsonObject(0);
        assertThat(email.getString("key")).isEqualTo("email");
        assertThat(email.getString("state")).isEqualTo("PENDING");
        assertThat(email.getString("previousState")).isEqualTo("UNKNOWN");
        assertThat(email.getString("eventType")).isEqualTo("DOUBLE_OPT_IN_REQUESTED");
        assertThat(email.getString("evidenceId")).isEqualTo("1041");
        JsonObject provenance = receipt.getJsonObject("provenance");
        assertThat(provenance.getString("source")).isEqualTo("OPERATION_FORM");
        assertThat(provenance.getString("reference")).isEqualTo("jeu-concours-ete-2026");
        assertThat(provenance.getString("collectionMethod"))
                .isEqualTo("Choisi par la personne sur un formulaire de collecte d\u2019une opération marketing.");
        assertThat(json).doesNotContain("alice");
    }

    @Test
    void theNoticeTextSurvivesQuotesNewlinesAndNonAsciiAndItsHashIsTheSha256OfItsUtf8Bytes() {
        JsonObject notice = parse(ReceiptJson.write(frenchConsentOnTwoChannels()))
                .getJsonArray("purposes").getJsonObject(0).getJsonObject("notice");
        assertThat(notice.getString("text")).isEqualTo(FRENCH_NOTICE);
        assertThat(notice.getString("language")).isEqualTo("fr");
        // computed outside Java: python3 hashlib.sha256(text.encode()).hexdigest()
        assertThat(notice.getString("sha256")).isEqualTo("d31e18a8317db54676f09af90231c450159eb933d082f049aca75611ca7aa4e1");

        JsonObject english = parse(ReceiptJson.write(englishLegalBasis(LawfulBasis.F)))
                .getJsonArray("purposes").getJsonObject(0).getJsonObject("notice");
        assertThat(english.getString("text")).isEqualTo(ENGLISH_NOTICE);
        assertThat(english.getString("sha256")).isEqualTo("9507329299fb51d9dcff1dc78dca4e5798776e303342a20c69324d6905561ded");
    }

    @Test
    void anEnglishLegitimateInterestWithNoReferenceAndNoAddressIsWrittenAsTheSchemaSays() {
        String json = ReceiptJson.write(englishLegalBasis(LawfulBasis.F));

        assertThat(errors(json)).isEmpty();
        JsonObject receipt = parse(json);
        assertThat(receipt.getJsonObject("subject").isNull("email")).isTrue();
        JsonObject purpose = receipt.getJsonArray("purposes").getJsonObject(0);
        assertThat(purpose.getString("kind")).isEqualTo("legal_basis");
        assertThat(purpose.getString("legalBasis")).isEqualTo("dpv:LegitimateInterest");
        assertThat(purpose.getString("gdprArticle")).isEqualTo("6(1)(f)");
        JsonObject provenance = receipt.getJsonObject("provenance");
        assertThat(provenance.isNull("reference")).isTrue();
        assertThat(provenance.getString("collectionMethod"))
                .isEqualTo("Recorded by one of the controller's applications through the API.");
    }

    @ParameterizedTest
    @EnumSource(value = LawfulBasis.class, names = {"B", "C", "D", "E", "F"})
    void everyLegalBasisHasItsDpvCodeAndArticleAndValidates(LawfulBasis basis) {
        String json = ReceiptJson.write(englishLegalBasis(basis));

        assertThat(errors(json)).isEmpty();
        JsonObject purpose = parse(json).getJsonArray("purposes").getJsonObject(0);
        assertThat(purpose.getString("legalBasis")).isEqualTo(switch (basis) {
            case B -> "dpv:Contract";
            case C -> "dpv:LegalObligation";
            case D -> "dpv:VitalInterest";
            case E -> "dpv:PublicInterest";
            default -> "dpv:LegitimateInterest";
        });
        assertThat(purpose.getString("gdprArticle")).isEqualTo("6(1)(" + basis.point() + ")");
    }

    @ParameterizedTest
    @EnumSource(SourceType.class)
    void everySourceHasACollectionMethodInFrenchAndInEnglish(SourceType source) {
        Receipt french = frenchConsentOnTwoChannels();
        Receipt english = englishLegalBasis(LawfulBasis.B);
        String inFrench = ReceiptJson.write(new Receipt(french.recordId(), DECIDED, RECORDED, "fr", french.controller(), null,
                french.purposes(), new ReceiptProvenance(source, null)));
        String inEnglish = ReceiptJson.write(new Receipt(english.recordId(), DECIDED, RECORDED, "en", english.controller(), null,
                english.purposes(), new ReceiptProvenance(source, "ref")));

        assertThat(errors(inFrench)).isEmpty();
        assertThat(errors(inEnglish)).isEmpty();
        String frenchMethod = parse(inFrench).getJsonObject("provenance").getString("collectionMethod");
        String englishMethod = parse(inEnglish).getJsonObject("provenance").getString("collectionMethod");
        assertThat(frenchMethod).doesNotStartWith("receipt.").endsWith(".");
        assertThat(englishMethod).doesNotStartWith("receipt.").endsWith(".").isNotEqualTo(frenchMethod);
    }

    @Test
    void theSameReceiptIsAlwaysWrittenTheSame() {
        assertThat(ReceiptJson.write(frenchConsentOnTwoChannels())).isEqualTo(ReceiptJson.write(frenchConsentOnTwoChannels()));
    }

    @Test
    void theSchemaRejectsAReceiptWithoutRecordId() {
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.remove("/recordId")))
                .extracting(Error::getKeyword).contains("required");
    }

    @Test
    void theSchemaRejectsARecordIdThatIsNotAUuid() {
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.replace("/recordId", "42"))).isNotEmpty();
    }

    @Test
    void theSchemaRejectsAnUnknownLegalBasisCode() {
        assertThat(errorsAfter(englishLegalBasis(LawfulBasis.F), patch -> patch.replace("/purposes/0/legalBasis", "dpv:Whim")))
                .extracting(Error::getKeyword).contains("enum");
        assertThat(errorsAfter(englishLegalBasis(LawfulBasis.F), patch -> patch.replace("/purposes/0/legalBasis", "LegitimateInterest")))
                .isNotEmpty();
    }

    @Test
    void theSchemaRejectsALegalBasisThatDoesNotMatchItsArticleOrItsKind() {
        assertThat(errorsAfter(englishLegalBasis(LawfulBasis.F), patch -> patch.replace("/purposes/0/legalBasis", "dpv:Contract")))
                .as("dpv:Contract with 6(1)(f)").isNotEmpty();
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch
                .replace("/purposes/0/legalBasis", "dpv:Contract").replace("/purposes/0/gdprArticle", "6(1)(b)")))
                .as("a consent standing on a contract").isNotEmpty();
        assertThat(errorsAfter(englishLegalBasis(LawfulBasis.B), patch -> patch
                .replace("/purposes/0/legalBasis", "dpv:Consent").replace("/purposes/0/gdprArticle", "6(1)(a)")))
                .as("a legal basis standing on consent").isNotEmpty();
    }

    @Test
    void theSchemaRejectsAnInternalNumericIdAsSubject() {
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.replace("/subject", Json.createValue(4711))))
                .as("the subject as a number").isNotEmpty();
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.add("/subject/id", Json.createValue(4711))))
                .as("an id beside the address").extracting(Error::getKeyword).contains("additionalProperties");
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.replace("/subject/email", "4711")))
                .as("an id in place of the address").isNotEmpty();
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.replace("/subject/email", Json.createValue(4711))))
                .as("a numeric id in place of the address").isNotEmpty();
    }

    @Test
    void theSchemaRejectsAnUnmaskedAddress() {
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.replace("/subject/email", "alice@example.org")))
                .isNotEmpty();
    }

    @Test
    void theSchemaRejectsABadSha256() {
        String good = "d31e18a8317db54676f09af90231c450159eb933d082f049aca75611ca7aa4e1";
        for (String bad : List.of(good.toUpperCase(), good.substring(1), good + "0", good.replace('d', 'g'), "")) {
            assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.replace("/purposes/0/notice/sha256", bad)))
                    .as(bad).extracting(Error::getKeyword).contains("pattern");
        }
    }

    @Test
    void theSchemaRejectsWhatItDoesNotKnowAndWhatIsMissing() {
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.add("/profileId", Json.createValue(4711))))
                .extracting(Error::getKeyword).contains("additionalProperties");
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.replace("/purposes", JsonValue.EMPTY_JSON_ARRAY)))
                .extracting(Error::getKeyword).contains("minItems");
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.remove("/provenance/reference")))
                .extracting(Error::getKeyword).contains("required");
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.replace("/purposes/0/channels/0/state", "MAYBE")))
                .isNotEmpty();
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.replace("/eventTime", "04/03/2026 05:06")))
                .isNotEmpty();
        assertThat(errorsAfter(frenchConsentOnTwoChannels(), patch -> patch.replace("/provenance/source", "CALLER_SAID_SO")))
                .isNotEmpty();
    }

    @Test
    void aReceiptRefusesAConsentOnAnotherBasisAnEmptyPurposeListAndAnUnsupportedLanguage() {
        Receipt valid = frenchConsentOnTwoChannels();
        assertThatThrownBy(() -> new ReceiptPurpose("news", "News", PurposeKind.CONSENT, LawfulBasis.F, 1, new Notice("x", "en"),
                valid.purposes().get(0).channels())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceiptPurpose("order", "Order", PurposeKind.LEGAL_BASIS, LawfulBasis.A, 1, new Notice("x", "en"),
                valid.purposes().get(0).channels())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Receipt(RECORD_ID, DECIDED, RECORDED, "fr", valid.controller(), null, List.of(),
                valid.provenance())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Receipt(RECORD_ID, DECIDED, RECORDED, "de", valid.controller(), null, valid.purposes(),
                valid.provenance())).isInstanceOf(IllegalArgumentException.class);
    }
}

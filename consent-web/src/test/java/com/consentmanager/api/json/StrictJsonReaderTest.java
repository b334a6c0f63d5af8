package com.consentmanager.api.json;

import com.consentmanager.api.channel.ChannelInput;
import com.consentmanager.api.expiry.ActivityJson;
import com.consentmanager.api.expiry.BulkActivitiesJson;
import com.consentmanager.api.gate.FilterJson;
import com.consentmanager.api.operation.FormSettingsInput;
import com.consentmanager.api.operation.StateInput;
import com.consentmanager.api.profile.ErasureJson;
import com.consentmanager.api.profile.ObjectionJson;
import com.consentmanager.api.profile.OriginJson;
import com.consentmanager.api.profile.ProfileJson;
import com.consentmanager.api.profile.SubmissionJson;
import com.consentmanager.api.profile.WithdrawalJson;
import com.consentmanager.api.purpose.PartnerInput;
import com.consentmanager.api.purpose.PurposeInput;
import com.consentmanager.api.purpose.PurposeTextJson;
import com.consentmanager.operation.boundary.FormSubmission;
import com.consentmanager.operation.boundary.OperationDraft;
import com.consentmanager.platform.FieldViolation;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.platform.Messages;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StrictJsonReaderTest {

    private static final MediaType JSON = new MediaType("application", "json");

    private final StrictJsonReader reader = new StrictJsonReader();

    // ---- what the outside tester saw accepted

    @Test
    void contentAfterTheJsonValueIsRefused() {
        assertThat(refusals(ChannelInput.class, "{\"name\":\"x\"} xyz")).containsExactly("body: json.trailing_content");
        assertThat(refusals(ChannelInput.class, "{\"name\":\"x\"} {\"name\":\"y\"}")).containsExactly("body: json.trailing_content");
        assertThat(refusals(ChannelInput.class, "{\"name\":\"x\"}]")).containsExactly("body: json.trailing_content");
        assertThat(read(ChannelInput.class, "{\"name\":\"x\"} \r\n\t ")).isEqualTo(new ChannelInput("x", null, null));
    }

    @Test
    void aNumberOrABooleanIsNotAString() {
        assertThat(refusals(ChannelInput.class, "{\"name\":\"Fax\",\"key\":123}")).containsExactly("key: type.string");
        assertThat(refusals(ChannelInput.class, "{\"name\":\"Fax\",\"key\":true}")).containsExactly("key: type.string");
        assertThat(refusals(ChannelInput.class, "{\"key\":5}")).containsExactly("key: type.string");
        assertThat(refusals(SubmissionJson.class, "{\"externalId\":42,\"choices\":[]}")).containsExactly("externalId: type.string");
        assertThat(refusals(ObjectionJson.class, "{\"profile\":{\"email\":5}}")).containsExactly("profile.email: type.string");
    }

    @Test
    void anArrayIsNotAStringNorAStringAnArray() {
        assertThat(refusals(ChannelInput.class, "{\"name\":[\"a\"]}")).containsExactly("name: type.string");
        assertThat(refusals(PurposeInput.class, "{\"kind\":\"CONSENT\",\"channels\":\"email\"}")).containsExactly("channels: type.array");
        assertThat(refusals(FormSettingsInput.class, "{\"offers\":[{\"purpose\":\"p\",\"channels\":\"email\"}]}"))
                .containsExactly("offers[0].channels: type.array");
        assertThat(refusals(ChannelInput.class, "{\"publicNames\":[\"Fax\"]}")).containsExactly("publicNames: type.object");
    }

    @Test
    void onlyTrueOrFalseIsABoolean() {
        assertThat(refusals(FormSettingsInput.class, "{\"offers\":[{\"purpose\":\"p\",\"channels\":[\"email\"],\"required\":\"maybe\"}]}"))
                .containsExactly("offers[0].required: type.boolean");
        assertThat(refusals(PurposeInput.class, "{\"doubleOptIn\":1,\"material\":\"true\"}"))
                .containsExactly("doubleOptIn: type.boolean", "material: type.boolean");
    }

    @Test
    void anIntegerIsAWholeNumberInRange() {
        assertThat(refusals(SubmissionJson.class,
                "{\"email\":\"a@example.com\",\"choices\":[{\"purpose\":\"p\",\"channel\":\"email\",\"state\":\"ACCEPTED\",\"purposeVersion\":1.5}]}"))
                .containsExactly("choices[0].purposeVersion: type.integer");
        assertThat(refusals(FormSubmission.class, "{\"formVersion\":\"1\"}")).containsExactly("formVersion: type.integer");
        assertThat(refusals(FormSubmission.class, "{\"formVersion\":2147483648}")).containsExactly("formVersion: type.integer");
        assertThat(read(FormSubmission.class, "{\"formVersion\":2.0}").getFormVersion()).isEqualTo(2);
        assertThat(read(FormSubmission.class, "{\"formVersion\":1E+2}").getFormVersion()).isEqualTo(100);
    }

    @Test
    void aDateOrATimeThatDoesNotParseIsRefusedNamingItsField() {
        assertThat(refusals(OperationDraft.class, "{\"name\":\"Quiz\",\"startsOn\":\"2026-13-45\"}")).containsExactly("startsOn: type.date");
        assertThat(refusals(OperationDraft.class, "{\"endsOn\":\"2026-02-30\"}")).containsExactly("endsOn: type.date");
        assertThat(refusals(OperationDraft.class, "{\"endsOn\":20261201}")).containsExactly("endsOn: type.date");
        assertThat(refusals(SubmissionJson.class, "{\"origin\":{\"eventTime\":\"yesterday\"}}")).containsExactly("origin.eventTime: type.date_time");
        assertThat(refusals(ActivityJson.class, "{\"occurredAt\":\"2025-06-01 10:00\"}")).containsExactly("occurredAt: type.date_time");
    }

    @Test
    void anUnknownPropertyIsRefusedNamingIt() {
        assertThat(refusals(ChannelInput.class, "{\"name\":\"Fax\",\"colour\":\"red\"}")).containsExactly("colour: json.unknown_property");
        assertThat(refusals(SubmissionJson.class, "{\"origin\":{\"sourse\":\"ADMIN\"}}")).containsExactly("origin.sourse: json.unknown_property");
        assertThat(refusals(FormSettingsInput.class, "{\"offers\":[{\"purpose\":\"p\",\"toString\":\"x\"}]}"))
                .as("a method that is not a setter is no property").containsExactly("offers[0].toString: json.unknown_property");
        InvalidInputException refused = refusal(ChannelInput.class, "{\"colour\":\"red\"}");
        assertThat(refused.getViolations().get(0).message(Locale.ENGLISH)).isEqualTo("There is no property \"colour\" here.");
        assertThat(refused.getViolations().get(0).message(Locale.FRENCH)).isEqualTo("Il n'y a pas de propriété « colour » ici.");
    }

    @Test
    void nullIsRefusedOnlyWhereJavaCannotHoldIt() {
        assertThat(refusals(FormSettingsInput.class, "{\"offers\":[{\"purpose\":\"p\",\"required\":null}]}"))
                .containsExactly("offers[0].required: type.not_null");
        SubmissionJson submission = read(SubmissionJson.class, "{\"email\":null,\"choices\":[null],\"origin\":null}");
        assertThat(submission.email()).isNull();
        assertThat(submission.choices()).containsExactly((SubmissionJson.ChoiceJson) null);
    }

    @Test
    void everyViolationOfOneBodyIsReportedTogether() {
        assertThat(refusals(SubmissionJson.class, """
                {"email":1,"phone":true,"choices":[{"purpose":"p","channel":"email","state":"ACCEPTED"},
                 {"purpose":"p","channel":["sms"],"state":"REFUSED","purposeVersion":"2"}],
                 "origin":{"userAgent":{"name":"x"},"eventTime":"2026-13-01T00:00:00Z","extra":0}}"""))
                .containsExactly("email: type.string", "phone: type.string", "choices[1].channel: type.string",
                        "choices[1].purposeVersion: type.integer", "origin.userAgent: type.string",
                        "origin.eventTime: type.date_time", "origin.extra: json.unknown_property");
    }

    @Test
    void aPropertyGivenTwiceIsRefused() {
        assertThat(refusals(ChannelInput.class, "{\"key\":\"fax\",\"name\":\"Fax\",\"key\":\"email\"}"))
                .containsExactly("key: json.duplicate_property");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWithWhereItBreaks() {
        InvalidInputException refused = refusal(ChannelInput.class, "{\"name\":\n}");
        assertThat(refused.getViolations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("body", "json.syntax"));
        assertThat(refused.getViolations().get(0).message(Locale.ENGLISH)).isEqualTo("The body is not valid JSON (line 2, column 1).");
        assertThat(refusals(ChannelInput.class, "x")).containsExactly("body: json.syntax");
        assertThat(refusals(ChannelInput.class, "[]")).containsExactly("body: type.object");
        assertThat(refusals(ChannelInput.class, "\"Fax\"")).containsExactly("body: type.object");
        assertThat(refusals(ChannelInput.class, "[".repeat(40) + "]".repeat(40))).containsExactly("body: json.too_deep");
        assertThat(refusals(SubmissionJson.class, "{\"choices\":[{\"purposeVersion\":" + "1".repeat(2000) + "}]}"))
                .containsExactly("choices[0].purposeVersion: json.number_too_long");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "{\"name\":\"Télécopie\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> readBytes(ChannelInput.class, latin1)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.getViolations().get(0).messageKey()).isEqualTo("json.encoding"));
        assertThat(read(ChannelInput.class, "{\"name\":\"Télécopie\"}").name()).isEqualTo("Télécopie");
    }

    @Test
    void aBodyThatCannotBeReadAtAllIsAProcessingFailureNotAnInternalError() {
        InputStream cut = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> readStream(ChannelInput.class, cut)).isInstanceOf(ProcessingException.class)
                .hasRootCauseMessage("connection reset");
    }

    @Test
    void anEmptyBodyOrNullReadsAsNoBodySoThatTheResourceAsksForOne() {
        assertThat(read(ChannelInput.class, "")).isNull();
        assertThat(read(ChannelInput.class, " \n ")).isNull();
        assertThat(read(ChannelInput.class, "null")).isNull();
    }

    @Test
    void everyMessageTheReadingGivesExistsInFrenchAndEnglish() {
        for (String key : List.of("json.syntax", "json.encoding", "json.trailing_content", "json.too_deep", "json.number_too_long",
                "json.unknown_property", "json.duplicate_property", "type.string", "type.boolean", "type.integer", "type.number", "type.object", "type.array",
                "type.enum", "type.date", "type.date_time", "type.local_date_time", "type.not_null", "error.malformed_json")) {
            String english = Messages.format(Locale.ENGLISH, key, 1, 2);
            String french = Messages.format(Locale.FRENCH, key, 1, 2);
            assertThat(english).as(key).isNotEqualTo(key);
            assertThat(french).as(key).isNotEqualTo(key).isNotEqualTo(english);
        }
        assertThat(Messages.format(Locale.ENGLISH, "type.integer", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .isEqualTo("Give a whole number from -2147483648 to 2147483647.");
    }

    public enum Tone { FORMAL, CASUAL }

    public record Kinds(Tone tone, double ratio, BigDecimal amount, long count, LocalDateTime at, Set<String> tags, int[] numbers,
                        Map<String, PurposeTextJson> texts) {
    }

    @Test
    void theTypesNoBodyUsesYetAreCheckedAsStrictly() {
        Kinds kinds = read(Kinds.class, """
                {"tone":"CASUAL","ratio":0.5,"amount":12.30,"count":9007199254740993,"at":"2026-06-01T10:00:00",
                 "tags":["a","b"],"numbers":[1,2],"texts":{"fr":{"subject":"S"}}}""");
        assertThat(kinds.tone()).isEqualTo(Tone.CASUAL);
        assertThat(kinds.amount()).isEqualByComparingTo("12.30");
        assertThat(kinds.count()).isEqualTo(9_007_199_254_740_993L);
        assertThat(kinds.numbers()).containsExactly(1, 2);
        assertThat(refusals(Kinds.class, """
                {"tone":"casual","ratio":"0.5","amount":true,"count":1e19,"at":"2026-06-01T10:00:00Z",
                 "tags":"a","numbers":[1,"2"],"texts":{"fr":{"subjet":"S"},"en":"S"}}"""))
                .containsExactly("tone: type.enum", "ratio: type.number", "amount: type.number", "count: type.integer",
                        "at: type.local_date_time", "tags: type.array", "numbers[1]: type.integer",
                        "texts.fr.subjet: json.unknown_property", "texts.en: type.object");
        assertThat(refusal(Kinds.class, "{\"tone\":\"loud\"}").getViolations().get(0).message(Locale.ENGLISH))
                .isEqualTo("Give one of: FORMAL, CASUAL.");
        assertThat(refusals(Kinds.class, "{\"count\":null}")).containsExactly("count: type.not_null");
    }

    @Test
    void aBodyFullOfMistakesIsAnsweredWithTheFirstFifty() {
        String activities = "{\"type\":1}," .repeat(80);
        assertThat(refusals(BulkActivitiesJson.class, "{\"activities\":[" + activities.substring(0, activities.length() - 1) + "]}"))
                .hasSize(JsonShape.MAX_VIOLATIONS).startsWith("activities[0].type: type.string").endsWith("activities[49].type: type.string");
    }

    // ---- valid bodies bind as JSON-B alone bound them

    @Test
    void theReadmeAndIntegrationTestBodiesBindAsBefore() {
        assertThat(sameAsJsonb(ChannelInput.class, "{\"name\":\"Courrier postal\"}")).isEqualTo(new ChannelInput("Courrier postal", null, null));
        assertThat(sameAsJsonb(ChannelInput.class, "{\"publicNames\":{\"en\":\"Postal mail\"}}"))
                .isEqualTo(new ChannelInput(null, null, Map.of("en", "Postal mail")));
        assertThat(sameAsJsonb(PurposeInput.class, """
                {
                  "kind": "CONSENT",
                  "texts": {"fr": {"subject": "Conseils beauté", "wording": "J'accepte de recevoir des conseils beauté.",
                                   "infoUrl": "https://example.com/beaute.pdf"},
                            "en": {"subject": "Beauty tips", "wording": "I agree to receive beauty tips."}},
                  "channels": ["email", "sms"], "doubleOptIn": true}"""))
                .isEqualTo(new PurposeInput("CONSENT", null, null, Map.of(
                        "fr", new PurposeTextJson("Conseils beauté", "J'accepte de recevoir des conseils beauté.", "https://example.com/beaute.pdf", null),
                        "en", new PurposeTextJson("Beauty tips", "I agree to receive beauty tips.", null, null)),
                        List.of("email", "sms"), true, null, null, null));
        assertThat(sameAsJsonb(PurposeInput.class, """
                {"kind":"LEGAL_BASIS","lawfulBasis":"b","key":"survey","texts":{"fr":{"subject":"Enquête","wording":"W"}},
                 "channels":["email"],"doubleOptIn":false,"partner":null,"material":true}""").lawfulBasis()).isEqualTo("b");
        assertThat(sameAsJsonb(PartnerInput.class, "{\"key\":\"acme\",\"name\":\"Acme\",\"privacyUrl\":\"https://example.com/acme\"}"))
                .isEqualTo(new PartnerInput("acme", "Acme", "https://example.com/acme"));
        assertThat(sameAsJsonb(SubmissionJson.class, """
                {"email":"a@example.com","phone":"06 11 22 33 44","language":"en",
                 "choices":[{"purpose":"commercial_email","channel":"email","state":"ACCEPTED","purposeVersion":2},
                            {"purpose":"commercial_sms","channel":"sms","state":"REFUSED"}],
                 "origin":{"source":"OPERATION_FORM","reference":"jeu-1","ipAddress":"192.0.2.44","userAgent":"Shop/1.0",
                           "language":"fr","eventTime":"2026-01-15T09:30:00Z","reason":"r"}}"""))
                .isEqualTo(new SubmissionJson("a@example.com", null, "06 11 22 33 44", "en", List.of(
                        new SubmissionJson.ChoiceJson("commercial_email", "email", "ACCEPTED", 2),
                        new SubmissionJson.ChoiceJson("commercial_sms", "sms", "REFUSED", null)),
                        new OriginJson("OPERATION_FORM", "jeu-1", "192.0.2.44", "Shop/1.0", "fr", Instant.parse("2026-01-15T09:30:00Z"), "r")));
        assertThat(sameAsJsonb(WithdrawalJson.class,
                "{\"profile\":{\"email\":\"a@example.com\"},\"origin\":{\"source\":\"UNSUBSCRIBE_LINK\",\"reference\":\"nl-42\"}}"))
                .isEqualTo(new WithdrawalJson(new ProfileJson("a@example.com", null, null), null, null,
                        new OriginJson("UNSUBSCRIBE_LINK", "nl-42", null, null, null, null, null)));
        assertThat(sameAsJsonb(ObjectionJson.class, "{\"profile\":{\"externalId\":\"crm-7\"}}"))
                .isEqualTo(new ObjectionJson(new ProfileJson(null, "crm-7", null), null));
        assertThat(sameAsJsonb(ErasureJson.class, "{\"profile\":{\"email\":\"a@example.com\"},\"reason\":\"Art. 17 request by mail\"}"))
                .isEqualTo(new ErasureJson(new ProfileJson("a@example.com", null, null), "Art. 17 request by mail"));
        assertThat(sameAsJsonb(ActivityJson.class,
                "{\"profile\":{\"email\":\"a@example.com\"}, \"type\":\"ORDER\", \"occurredAt\":\"2025-06-01T10:00:00Z\", \"reference\":\"order-1234\"}"))
                .isEqualTo(new ActivityJson(new ProfileJson("a@example.com", null, null), "ORDER", Instant.parse("2025-06-01T10:00:00Z"), "order-1234"));
        assertThat(sameAsJsonb(ActivityJson.class, "{\"profile\":{\"phone\":\"+33612345678\"},\"type\":\"ORDER\",\"occurredAt\":\"2025-06-01T12:00:00+02:00\"}")
                .occurredAt()).isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
        assertThat(sameAsJsonb(BulkActivitiesJson.class, "{\"activities\":[{\"profile\":{\"email\":\"a@example.com\"},\"type\":\"CLICK\"}]}"))
                .isEqualTo(new BulkActivitiesJson(List.of(new ActivityJson(new ProfileJson("a@example.com", null, null), "CLICK", null, null))));
        assertThat(sameAsJsonb(FilterJson.class, "{\"channel\":\"email\",\"purpose\":\"p\",\"profiles\":[{\"email\":\"a0@example.com\"},{\"email\":\"a2@example.com\"}]}"))
                .isEqualTo(new FilterJson("email", "p", List.of(new ProfileJson("a0@example.com", null, null), new ProfileJson("a2@example.com", null, null))));
    }

    @Test
    void theOperationBodiesBindAsBefore() {
        OperationDraft draft = sameAsJsonb(OperationDraft.class, "{\"name\":\"Quiz\",\"key\":\"quiz\",\"startsOn\":\"2026-12-01\",\"endsOn\":\"2026-12-10\"}");
        assertThat(draft.getName()).isEqualTo("Quiz");
        assertThat(draft.getStartsOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        FormSettingsInput settings = sameAsJsonb(FormSettingsInput.class, """
                {"offers":[{"purpose":"commercial_sms","channels":["sms"],"required":true},{"purpose":"commercial_email","channels":["email"]}]}""");
        assertThat(settings.getOffers()).extracting(Object::toString).containsExactly("commercial_sms[sms] required", "commercial_email[email]");
        assertThat(sameAsJsonb(StateInput.class, "{\"state\":\"LIVE\"}").getState()).isEqualTo("LIVE");
        FormSubmission submission = sameAsJsonb(FormSubmission.class, """
                {"formVersion":1,"email":"a@example.com","phone":"+33612345678","language":"en","nonce":"nonce-0123456789",
                 "ipAddress":"198.51.100.7","userAgent":"SiteBrowser/2.0",
                 "answers":[{"purpose":"commercial_sms","channel":"sms","state":"ACCEPTED"}]}""");
        assertThat(submission.getFormVersion()).isEqualTo(1);
        assertThat(submission.getUserAgent()).isEqualTo("SiteBrowser/2.0");
        assertThat(submission.getAnswers()).extracting(Object::toString).containsExactly("commercial_sms/sms=ACCEPTED");
    }

    // ---- JSON-B's annotations, and the reader's place in the API

    public record Renamed(@JsonbProperty("e-mail") String email, @JsonbTransient String secret) {
    }

    public record Created(String name) {
        @JsonbCreator
        public static Created of(@JsonbProperty("n") String name) {
            return new Created(name);
        }
    }

    @Test
    void jsonbNamesAreHonouredAndAnAnnotationTheReadingDoesNotModelIsCaughtBeforeUse() {
        assertThat(read(Renamed.class, "{\"e-mail\":\"a@example.com\"}").email()).isEqualTo("a@example.com");
        assertThat(refusals(Renamed.class, "{\"email\":\"a@example.com\"}")).containsExactly("email: json.unknown_property");
        assertThat(refusals(Renamed.class, "{\"secret\":\"s\"}")).containsExactly("secret: json.unknown_property");
        assertThatThrownBy(() -> JsonShape.describe(Created.class)).isInstanceOf(IllegalStateException.class).hasMessageContaining("JsonbCreator");
    }

    @Test
    void theReaderTakesJsonBodiesOfApplicationTypesAndLeavesTheRestToTheServer() {
        assertThat(reader.isReadable(ChannelInput.class, ChannelInput.class, new Annotation[0], JSON)).isTrue();
        assertThat(reader.isReadable(ChannelInput.class, ChannelInput.class, new Annotation[0], new MediaType("application", "merge-patch+json"))).isTrue();
        assertThat(reader.isReadable(ChannelInput.class, ChannelInput.class, new Annotation[0], new MediaType("text", "plain"))).isFalse();
        assertThat(reader.isReadable(String.class, String.class, new Annotation[0], JSON)).isFalse();
        assertThat(reader.isReadable(jakarta.json.JsonObject.class, jakarta.json.JsonObject.class, new Annotation[0], JSON)).isFalse();
    }

    // ---- helpers

    private <T> T read(Class<T> type, String body) {
        return readBytes(type, body.getBytes(StandardCharsets.UTF_8));
    }

    private <T> T readBytes(Class<T> type, byte[] body) {
        return readStream(type, new ByteArrayInputStream(body));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> T readStream(Class<T> type, InputStream body) {
        return type.cast(reader.readFrom((Class) type, type, new Annotation[0], JSON, new MultivaluedHashMap<>(), body));
    }

    /** Reads strictly, and checks that JSON-B alone (the server's reader until now) binds the same body to the same values. */
    private <T> T sameAsJsonb(Class<T> type, String body) {
        T strict = read(type, body);
        T before = JsonbBuilder.create().fromJson(body, type);
        assertThat(strict).usingRecursiveComparison().isEqualTo(before);
        return strict;
    }

    private InvalidInputException refusal(Class<?> type, String body) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> read(type, body));
        assertThat(refused).as("refused: " + body).isNotNull();
        return refused;
    }

    private List<String> refusals(Class<?> type, String body) {
        return refusal(type, body).getViolations().stream().map(violation -> violation.field() + ": " + violation.messageKey()).toList();
    }
}

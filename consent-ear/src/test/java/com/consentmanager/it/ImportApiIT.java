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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/imports} with the files people have: a French Excel export (semicolons, BOM,
 * accents, dd/mm/yyyy, CRLF, bad lines), a Windows-1252 file with commas and month-first dates.
 * Each test checks the dry run's counts and error report, then every status, every evidence event
 * and what a re-import does (nothing).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ConsentDeployments.ear();
    }

    @ArquillianResource
    URL base;

    private Api api;
    private String importer;
    private String writer;
    private String suffix;
    private String news;
    private String clients;

    @BeforeEach
    void setUp() throws SQLException {
        api = new Api(base);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        importer = "Bearer " + TestDatabase.addApiKey("importer " + suffix, "imports:write");
        writer = "Bearer " + TestDatabase.addApiKey("writer " + suffix, "profiles:write gate:read");
        news = purpose("news_" + suffix, "CONSENT", "a", "[\"email\",\"sms\"]", false);
        clients = purpose("clients_" + suffix, "LEGAL_BASIS", "f", "[\"email\"]", false);
    }

    @Test
    void aFrenchExcelFileIsImportedExactlyAndOnlyOnce() throws Exception {
        String alice = "alice-" + suffix + "@example.com";
        String bob = "bob-" + suffix + "@example.com";
        String carol = "carol-" + suffix + "@example.com";
        String dave = "dave-" + suffix + "@example.com";
        String erin = "erin-" + suffix + "@example.com";
        submit(bob, news, "email", "REFUSED");
        submit(carol, clients, "email", "REFUSED");
        String csv = ("Adresse e-mail;" + cap(news) + ";" + cap(news) + " Date;" + cap(clients) + ";" + cap(clients) + "_date\r\n"
                + alice.toUpperCase() + ";oui;15/03/2024;;\r\n"                 // 2: news accepted on email and sms
                + bob + ";;;non;01/02/2023\r\n"                                 // 3: blank news keeps; clients refused
                + carol + ";Accepté;02/01/2024 10:30;oui;\r\n"                  // 4: news accepted; clients stays refused
                + "not-an-email;oui;;;\r\n"                                     // 5: error: the key
                + dave + ";refusé;31/12/2023 23:59;;\r\n"                        // 6: news refused
                + erin + ";peut-être;;;\r\n"                                    // 7: unknown stays unknown
                + "frank-" + suffix + "@example.com;oui;32/13/2024;;\r\n"      // 8: error: the date
                + ";;;;\r\n"                                                    // 9: blank, skipped
                + "greg-" + suffix + "@example.com;1;2099-01-01;;\r\n");       // 10: error: a future date
        byte[] file = withBom(csv.getBytes(StandardCharsets.UTF_8));

        JsonObject dry = finished(upload(file, Map.of("dateOrder", "DAY_FIRST")), "VALIDATED");
        assertThat(dry.getString("phase")).isEqualTo("VALIDATE");
        assertThat(dry.getJsonNumber("rowsTotal").longValue()).isEqualTo(9);
        assertThat(dry.getString("fileSha256")).isEqualTo(sha256(file));
        assertCounts(dry, 3, 4, 3, 0, 2, 1, 3);
        assertThat(statuses(alice, bob, carol, dave, erin)).as("a dry run writes nothing")
                .containsExactlyInAnyOrder(bob + " " + news + ".email REFUSED", carol + " " + clients + ".email REFUSED");

        Api.Reply report = api.call("GET", "api/v1/imports/" + dry.getJsonNumber("id") + "/errors", null,
                "Authorization", importer, "Accept-Language", "fr");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/csv");
        List<String> lines = report.response().body().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("line,column,value,reason,message");
        assertThat(String.join("\n", lines.subList(1, 5)))
                .contains("4," + cap(clients) + ",oui,import.rule.legal_basis_refused,")
                .contains("5,Adresse e-mail,not-an-email,")
                .contains("8," + cap(news) + " Date,32/13/2024,import.line.date_invalid,")
                .contains("10," + cap(news) + " Date,2099-01-01,import.line.date_future,")
                .contains("s’est opposée", "Date illisible", "dans le futur");

        long id = dry.getJsonNumber("id").longValue();
        assertThat(TestDatabase.count("select count(*) from import_file where job_id = ?", id)).as("kept for the real run").isEqualTo(1);
        Api.Reply run = api.call("POST", "api/v1/imports/" + id + "/run", null, "Authorization", importer);
        assertThat(run.status()).as(run.toString()).isEqualTo(202);
        JsonObject done = finished(id, "COMPLETED");
        assertThat(done.getString("phase")).isEqualTo("APPLY");
        assertCounts(done, 3, 4, 3, 0, 2, 1, 3);
        assertThat(done.getJsonNumber("rowsDone").longValue()).isEqualTo(9);
        assertThat(TestDatabase.count("select count(*) from import_file where job_id = ?", id))
                .as("an ended import keeps no copy of its file").isZero();
        assertThat(done.getString("fileSha256")).as("but its SHA-256").isEqualTo(sha256(file));

        assertThat(statuses(alice, bob, carol, dave, erin)).containsExactlyInAnyOrder(
                alice + " " + news + ".email ACCEPTED 2024-03-14T23:00:00Z",
                alice + " " + news + ".sms ACCEPTED 2024-03-14T23:00:00Z",
                bob + " " + news + ".email REFUSED",
                bob + " " + clients + ".email REFUSED 2023-01-31T23:00:00Z",
                carol + " " + news + ".email ACCEPTED 2024-01-02T09:30:00Z",
                carol + " " + news + ".sms ACCEPTED 2024-01-02T09:30:00Z",
                carol + " " + clients + ".email REFUSED",
                dave + " " + news + ".email REFUSED 2023-12-31T22:59:00Z",
                dave + " " + news + ".sms REFUSED 2023-12-31T22:59:00Z");
        List<String> events = importedEvents(id);
        String sha = sha256(file);
        assertThat(events).containsExactlyInAnyOrder(
                alice + " " + news + ".email UNKNOWN>ACCEPTED line 2 sha " + sha,
                alice + " " + news + ".sms UNKNOWN>ACCEPTED line 2 sha " + sha,
                bob + " " + clients + ".email UNKNOWN>REFUSED line 3 sha " + sha,
                carol + " " + news + ".email UNKNOWN>ACCEPTED line 4 sha " + sha,
                carol + " " + news + ".sms UNKNOWN>ACCEPTED line 4 sha " + sha,
                dave + " " + news + ".email UNKNOWN>REFUSED line 6 sha " + sha,
                dave + " " + news + ".sms UNKNOWN>REFUSED line 6 sha " + sha);
        assertThat(profileExists(erin)).as("a line with a key makes a profile, even with nothing to record").isTrue();
        assertThat(profileExists("frank-" + suffix + "@example.com")).as("a line in error imports nothing").isFalse();
        assertThat(gate(alice, "email", news)).as("the gate answers from the imported status").isTrue();
        assertThat(gate(carol, "email", clients)).isFalse();

        JsonObject again = finished(upload(file, Map.of("dateOrder", "DAY_FIRST", "dryRun", "false")), "COMPLETED");
        assertCounts(again, 0, 0, 0, 0, 9, 1, 3);
        assertThat(countImportedEvents(again.getJsonNumber("id").longValue())).as("a re-import writes nothing").isZero();
        assertThat(statuses(alice, bob, carol, dave, erin)).hasSize(9);
    }

    @Test
    void aDoubleOptInPurposeIsAcceptedOnEmailOnlyByALineCarryingItsConfirmationDate() throws Exception {
        String confirmed = "confirmed-" + suffix + "@example.com";
        String unconfirmed = "unconfirmed-" + suffix + "@example.com";
        String optIn = purpose("optin_" + suffix, "CONSENT", "a", "[\"email\",\"sms\"]", true);
        String csv = "email;" + optIn + ";" + optIn + "_double_opt_in\n"
                + confirmed + ";oui;2024-03-01 10:00\n"
                + unconfirmed + ";oui;\n";

        JsonObject done = finished(upload(csv.getBytes(StandardCharsets.UTF_8),
                Map.of("dryRun", "false", "timeZone", "UTC")), "COMPLETED");

        assertThat(statuses(confirmed, unconfirmed)).containsExactlyInAnyOrder(
                confirmed + " " + optIn + ".email ACCEPTED", confirmed + " " + optIn + ".sms ACCEPTED",
                unconfirmed + " " + optIn + ".sms ACCEPTED");
        assertCounts(done, 2, 3, 0, 0, 0, 1, 0);
        assertThat(gate(unconfirmed, "email", optIn)).as("nobody confirmed: no acceptance on email").isFalse();
        assertThat(gate(confirmed, "email", optIn)).isTrue();
        Api.Reply report = api.call("GET", "api/v1/imports/" + done.getJsonNumber("id") + "/errors", null,
                "Authorization", importer, "Accept-Language", "en");
        assertThat(report.response().body().lines().toList()).hasSize(2).last().asString()
                .startsWith("3," + optIn + "," + "oui,import.rule.double_opt_in_unconfirmed,");
        assertThat(mailsTo(confirmed, unconfirmed)).as("an import never sends a double opt-in mail").isZero();
    }

    @Test
    void aWindows1252FileWithCommasMonthFirstAndEmptyFieldsDeletingData() throws Exception {
        String anna = "anna-" + suffix + "@example.com";
        String ben = "ben-" + suffix + "@example.com";
        submit(anna, news, "email", "REFUSED");
        submit(ben, clients, "email", "REFUSED");
        String csv = "\"Courriel\",\"" + news + ".SMS\",\"" + news + ".sms_date\",\"" + clients + "\",\"" + news + "\"\r\n"
                + "\"" + anna + "\",\"Refusé\",\"03/15/2024 08:05\",,\r\n"
                + "\"" + ben + "\",,,\"\",\"non\"\r\n";   // news.sms has its own column: blank, and ben has none there
        byte[] file = csv.getBytes(Charset.forName("windows-1252"));

        JsonObject done = finished(upload(file, Map.of("dateOrder", "MONTH_FIRST", "emptyDeletes", "true", "dryRun", "false",
                "timeZone", "UTC")), "COMPLETED");
        assertThat(statuses(anna, ben)).containsExactlyInAnyOrder(
                anna + " " + news + ".sms REFUSED 2024-03-15T08:05:00Z",
                anna + " " + news + ".email UNKNOWN",
                ben + " " + clients + ".email UNKNOWN",
                ben + " " + news + ".email REFUSED");
        assertThat(done.getJsonObject("counts").getJsonNumber("unknown").longValue())
                .as("the reset: blank cells bring anna's email and ben's refused legal basis to unknown").isEqualTo(2);
        assertCounts(done, 0, 0, 2, 2, 0, 0, 0);
    }

    @Test
    void theStatusExportReimportsToNoChange() throws Exception {
        String hugo = "hugo-" + suffix + "@example.com";
        String ines = "ines-" + suffix + "@example.com";
        // Formulas a spreadsheet would run, typed by outsiders: an external id (through an import) and a user agent.
        String formula = "=HYPERLINK(\"http://evil.example/" + suffix + "\",\"click\")";
        String quotedFormula = "\"'" + formula.replace("\"", "\"\"") + "\"";
        submit(hugo, news, "sms", "REFUSED", "@SUM(1+1)");
        submit(ines, clients, "email", "REFUSED");
        finished(upload(("email;external_id;" + news + ".email;" + news + ".email_date\n" + hugo + ";;oui;2024-05-06 07:08\n"
                + ";\"" + formula.replace("\"", "\"\"") + "\";oui;2024-05-06 07:08\n")
                .getBytes(StandardCharsets.UTF_8), Map.of("dryRun", "false")), "COMPLETED");

        Api.Reply export = api.call("GET", "api/v1/exports/statuses", null, "Authorization", importer);
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        List<String> lines = export.response().body().lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).startsWith("email", "external_id").contains(news + ".email", news + ".email_date", news + ".sms",
                clients + ".email");
        String hugoLine = lines.stream().filter(line -> line.startsWith(hugo + ",")).findFirst().orElseThrow();
        List<String> cells = List.of(hugoLine.split(",", -1));
        assertThat(cells.get(header.indexOf(news + ".email"))).isEqualTo("accepted");
        assertThat(cells.get(header.indexOf(news + ".email_date"))).isEqualTo("2024-05-06T05:08:00Z");
        assertThat(cells.get(header.indexOf(news + ".sms"))).isEqualTo("refused");
        assertThat(cells.get(header.indexOf(clients + ".email"))).as("no status: blank").isEmpty();
        assertThat(lines).as("a formula comes out after a quote, as text").anySatisfy(line -> assertThat(line)
                .contains("," + quotedFormula + ",").contains(",accepted,2024-05-06T05:08:00Z"))
                .noneSatisfy(line -> assertThat(line).contains("," + formula));

        JsonObject again = finished(upload(export.response().body().getBytes(StandardCharsets.UTF_8), Map.of("dryRun", "false")),
                "COMPLETED");
        JsonObject counts = again.getJsonObject("counts");
        assertThat(List.of(counts.getJsonNumber("newProfiles").longValue(), counts.getJsonNumber("accepted").longValue(),
                counts.getJsonNumber("refused").longValue(), counts.getJsonNumber("unknown").longValue(),
                counts.getJsonNumber("errors").longValue()))
                .as("an export imported again changes nothing: " + counts).containsOnly(0L);
        assertThat(counts.getJsonNumber("unchanged").longValue()).isGreaterThanOrEqualTo(3);
        assertThat(countImportedEvents(again.getJsonNumber("id").longValue())).isZero();

        Api.Reply evidence = api.call("GET", "api/v1/exports/evidence", null, "Authorization", importer);
        assertThat(evidence.status()).isEqualTo(200);
        assertThat(evidence.response().body().lines().filter(line -> line.contains(hugo)))
                .anySatisfy(line -> assertThat(line).contains(news + ",").contains(",UNKNOWN,ACCEPTED,IMPORTED,IMPORT,import/"))
                .anySatisfy(line -> assertThat(line).contains(",REFUSED,").contains("API_CLIENT").contains(",'@SUM(1+1),"));
        assertThat(evidence.response().body().lines().filter(line -> line.contains("evil.example/" + suffix)))
                .isNotEmpty().allSatisfy(line -> assertThat(line).contains("," + quotedFormula + ",").doesNotContain("," + formula));
        assertThat(api.call("GET", "api/v1/exports/statuses", null, "Authorization", writer).status())
                .as("a key without imports:write").isEqualTo(403);
    }

    @Test
    void aStoppedImportRestartsWhereItStoppedWithoutLosingOrDuplicatingARow() throws Exception {
        int people = 50_000;
        StringBuilder csv = new StringBuilder("email;" + news + ".sms\n");
        for (int i = 0; i < people; i++) {
            csv.append("bulk").append(i).append('-').append(suffix).append("@example.com;oui\n");
        }
        long id = upload(csv.toString().getBytes(StandardCharsets.UTF_8), Map.of("dryRun", "false"));
        JsonObject job;
        Instant deadline = Instant.now().plusSeconds(120);
        do {
            Thread.sleep(50);
            job = api.call("GET", "api/v1/imports/" + id, null, "Authorization", importer).json().asJsonObject();
        } while (!("APPLY".equals(job.getString("phase")) && job.getJsonNumber("rowsDone").longValue() > 0)
                && List.of("RUNNING", "QUEUED").contains(job.getString("state"))
                && Instant.now().isBefore(deadline));
        Api.Reply stop = api.call("POST", "api/v1/imports/" + id + "/stop", null, "Authorization", importer);
        assertThat(stop.status()).as("stopped while writing: " + stop).isEqualTo(202);
        JsonObject stopped = finished(id, "STOPPED");
        long done = stopped.getJsonNumber("rowsDone").longValue();
        assertThat(done).as("stopped midway").isBetween(1L, people - 1L);
        assertThat(countImportedEvents(id)).as("what the committed chunks wrote, no more").isEqualTo(done);
        assertThat(api.call("POST", "api/v1/imports/" + id + "/stop", null, "Authorization", importer).status())
                .as("nothing left to stop").isEqualTo(409);

        Api.Reply restart = api.call("POST", "api/v1/imports/" + id + "/restart", null, "Authorization", importer);
        assertThat(restart.status()).as(restart.toString()).isEqualTo(202);
        JsonObject completed = finished(id, "COMPLETED");
        assertThat(completed.getJsonNumber("rowsDone").longValue()).isEqualTo(people);
        assertThat(completed.getJsonObject("counts").getJsonNumber("accepted").longValue()).isEqualTo(people);
        assertThat(completed.getJsonObject("counts").getJsonNumber("newProfiles").longValue()).isEqualTo(people);
        List<String> events = importedEvents(id);
        assertThat(events).as("every line once").hasSize(people).doesNotHaveDuplicates();
        assertThat(api.call("POST", "api/v1/imports/" + id + "/restart", null, "Authorization", importer).status())
                .as("a completed import does not restart").isEqualTo(409);
    }

    @Test
    void allOrNothingRejectsAFileWithErrorsAndWritesNothing() throws Exception {
        String zoe = "zoe-" + suffix + "@example.com";
        String csv = "email;" + news + "\nnot-an-email;oui\n" + zoe + ";oui\n";
        JsonObject rejected = finished(upload(csv.getBytes(StandardCharsets.UTF_8),
                Map.of("dryRun", "false", "allOrNothing", "true")), "REJECTED");
        assertThat(rejected.getJsonObject("counts").getJsonNumber("errors").longValue()).isEqualTo(1);
        assertThat(profileExists(zoe)).isFalse();
    }

    @Test
    void aFileThatCannotBeUsedIsRefusedAtOnceWithAProblem() {
        Api.Reply noKey = api.multipart("api/v1/imports", Map.of("file", "name;news\nx;oui\n".getBytes(StandardCharsets.UTF_8)),
                "Authorization", importer, "Accept-Language", "en");
        assertThat(noKey.status()).as(noKey.toString()).isEqualTo(400);
        assertThat(noKey.contentType()).startsWith("application/problem+json");
        assertThat(noKey.response().body()).contains("email or an external_id column");

        Map<String, Object> badOrder = new LinkedHashMap<>();
        badOrder.put("file", ("email;" + news + "\nx@example.com;oui\n").getBytes(StandardCharsets.UTF_8));
        badOrder.put("dateOrder", "sideways");
        Api.Reply unknownOrder = api.multipart("api/v1/imports", badOrder, "Authorization", importer, "Accept-Language", "en");
        assertThat(unknownOrder.status()).as(unknownOrder.toString()).isEqualTo(400);
        assertThat(unknownOrder.contentType()).startsWith("application/problem+json");
        assertThat(unknownOrder.response().body()).contains("\"field\":\"dateOrder\"").contains("Unknown date order: sideways");
        Map<String, Object> maybe = new LinkedHashMap<>();
        maybe.put("file", ("email;" + news + "\nx@example.com;oui\n").getBytes(StandardCharsets.UTF_8));
        maybe.put("dryRun", "maybe");
        Api.Reply notAFlag = api.multipart("api/v1/imports", maybe, "Authorization", importer, "Accept-Language", "en");
        assertThat(notAFlag.status()).as("neither a dry run nor a real one: " + notAFlag).isEqualTo(400);
        assertThat(notAFlag.response().body()).contains("\"field\":\"dryRun\"").contains("Give true or false.");

        Api.Reply forbidden = api.multipart("api/v1/imports", Map.of("file", ("email;" + news + "\n").getBytes(StandardCharsets.UTF_8)),
                "Authorization", writer);
        assertThat(forbidden.status()).as("a key without imports:write").isEqualTo(403);
        assertThat(api.call("GET", "api/v1/imports/999999999", null, "Authorization", importer).status()).isEqualTo(404);
    }

    @Test
    void aDryRunCountsAPersonOnLinesOfSeveralChunksAsTheRealRunDoes() throws Exception {
        String paul = "paul-" + suffix + "@example.com";
        String quinn = "quinn-" + suffix + "@example.com";
        String filler = "filler-" + suffix + "@example.com";
        StringBuilder csv = new StringBuilder("email;" + news + "\n");
        csv.append(paul).append(";oui\n").append(quinn).append(";oui\n");
        // Lines that change nothing, so that the next lines fall in the job's second chunk (5,000 lines a chunk).
        csv.append((filler + ";\n").repeat(5_000));
        csv.append(paul).append(";oui\n").append(quinn).append(";non\n");
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        JsonObject dry = finished(upload(file, Map.of()), "VALIDATED");
        assertCounts(dry, 3, 4, 2, 0, 2, 0, 0);
        assertThat(profileExists(paul)).as("a dry run creates nobody").isFalse();
        assertThat(previewRows(dry.getJsonNumber("id").longValue())).as("the preview is dropped when the dry run ends").isZero();

        JsonObject real = finished(upload(file, Map.of("dryRun", "false")), "COMPLETED");
        assertCounts(real, 3, 4, 2, 0, 2, 0, 0);
        assertThat(gate(paul, "sms", news)).isTrue();
        assertThat(gate(quinn, "email", news)).isFalse();
    }

    @Test
    void aMappingNamesThePersonsOwnHeadersAndAWrongMappingIsRefusedNamingIt() throws Exception {
        String ana = "ana-" + suffix + "@example.com";
        String csv = "Adresse;Lettre d'info;Inscrit le;Prénom\r\n" + ana + ";oui;03/02/2024;Ana\r\n";
        String mapping = "Adresse=email\r\nLettre d'info=" + news + "\r\nInscrit le=" + news + "_date\r\nPrénom=\r\n";
        JsonObject done = finished(upload(csv.getBytes(StandardCharsets.UTF_8),
                Map.of("dryRun", "false", "dateOrder", "DAY_FIRST", "mapping", mapping)), "COMPLETED");
        assertCounts(done, 1, 2, 0, 0, 0, 0, 0);
        assertThat(gate(ana, "email", news)).isTrue();
        assertThat(gate(ana, "sms", news)).isTrue();

        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("Adresse email", "a line without an equals sign");
        wrong.put("a header the file lacks", "Adresse=email\nCivilité=" + news);
        wrong.put("one header mapped twice", "Adresse=email\nPrénom=" + news + "\nPRENOM=");
        wrong.put("an unknown target", "Adresse=email\nLettre d'info=" + news + "_typo");
        for (Map.Entry<String, String> bad : wrong.entrySet()) {
            Map<String, Object> parts = new LinkedHashMap<>();
            parts.put("file", csv.getBytes(StandardCharsets.UTF_8));
            parts.put("mapping", bad.getValue());
            Api.Reply refused = api.multipart("api/v1/imports", parts, "Authorization", importer, "Accept-Language", "en");
            assertThat(refused.status()).as(bad.getKey() + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.response().body()).as(bad.getKey()).contains("\"field\":\"mapping\"");
        }
        Map<String, Object> typo = new LinkedHashMap<>();
        typo.put("file", csv.getBytes(StandardCharsets.UTF_8));
        typo.put("mapping", "Adresse=email\nLettre d'info=" + news + "_typo");
        Api.Reply french = api.multipart("api/v1/imports", typo, "Authorization", importer, "Accept-Language", "fr");
        assertThat(french.response().body()).contains("La colonne Lettre d'info est associée à " + news + "_typo");
        assertThat(storedJobsMentioning(news + "_typo")).as("nothing stored for a refused mapping").isZero();
    }

    private long upload(byte[] file, Map<String, String> options) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("file", file);
        parts.putAll(options);
        Api.Reply reply = api.multipart("api/v1/imports", parts, "Authorization", importer);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(202);
        assertThat(reply.header("Location")).endsWith("/api/v1/imports/" + reply.json().asJsonObject().getJsonNumber("id"));
        return reply.json().asJsonObject().getJsonNumber("id").longValue();
    }

    /** Polls the import until it reaches a final state, which must be {@code expected}. */
    private JsonObject finished(long id, String expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        JsonObject job;
        do {
            Thread.sleep(250);
            Api.Reply reply = api.call("GET", "api/v1/imports/" + id, null, "Authorization", importer);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            job = reply.json().asJsonObject();
        } while (List.of("QUEUED", "RUNNING").contains(job.getString("state")) && Instant.now().isBefore(deadline));
        assertThat(job.getString("state")).as(job.toString()).isEqualTo(expected);
        return job;
    }

    private static void assertCounts(JsonObject job, long newProfiles, long accepted, long refused, long unknown, long unchanged,
                                     long skipped, long errors) {
        JsonObject counts = job.getJsonObject("counts");
        assertThat(List.of(counts.getJsonNumber("newProfiles").longValue(), counts.getJsonNumber("accepted").longValue(),
                counts.getJsonNumber("refused").longValue(), counts.getJsonNumber("unknown").longValue(),
                counts.getJsonNumber("unchanged").longValue(), counts.getJsonNumber("skipped").longValue(),
                counts.getJsonNumber("errors").longValue()))
                .as("new profiles, accepted, refused, unknown, unchanged, skipped, errors: " + counts)
                .containsExactly(newProfiles, accepted, refused, unknown, unchanged, skipped, errors);
    }

    private String purpose(String key, String kind, String basis, String channels, boolean doubleOptIn) {
        Api.Reply created = api.asAdmin("POST", "api/v1/purposes", """
                {"kind":"%s","lawfulBasis":"%s","key":"%s","texts":{"fr":{"subject":"%s","wording":"Texte %s"},
                 "en":{"subject":"%s","wording":"Text %s"}},"channels":%s,"doubleOptIn":%s}"""
                .formatted(kind, basis, key, key, key, key, key, channels, doubleOptIn));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return key;
    }

    private void submit(String email, String purpose, String channel, String state) {
        submit(email, purpose, channel, state, null);
    }

    private void submit(String email, String purpose, String channel, String state, String userAgent) {
        Api.Reply reply = api.call("POST", "api/v1/submissions", """
                {"email":"%s","choices":[{"purpose":"%s","channel":"%s","state":"%s"}]%s}"""
                .formatted(email, purpose, channel, state, userAgent == null ? "" : ",\"origin\":{\"userAgent\":\"" + userAgent + "\"}"),
                "Authorization", writer);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private boolean gate(String email, String channel, String purpose) {
        Api.Reply reply = api.call("GET", "api/v1/gate?channel=" + channel + "&purpose=" + purpose + "&email=" + email, null,
                "Authorization", writer);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().asJsonObject().getBoolean("allowed");
    }

    /** "email purpose.channel STATE [event time when not recorded now]" for the people given. */
    private static List<String> statuses(String... emails) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
             PreparedStatement select = connection.prepareStatement("""
                     select p.email, u.purpose_key, c.channel_key, s.state, s.event_time, e.source_type
                     from consent_status s join profile p on p.id = s.profile_id join purpose u on u.id = s.purpose_id
                     join channel c on c.id = s.channel_id join consent_event e on e.id = s.last_event_id
                     where p.email = any(?)""")) {
            select.setArray(1, connection.createArrayOf("varchar", emails));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    boolean imported = "IMPORT".equals(row.getString(6)) && !"UNKNOWN".equals(row.getString(4))
                            && row.getTimestamp(5).toInstant().isBefore(Instant.now().minusSeconds(3600));
                    found.add(row.getString(1) + " " + row.getString(2) + "." + row.getString(3) + " " + row.getString(4)
                            + (imported ? " " + row.getTimestamp(5).toInstant() : ""));
                }
            }
        }
        return found;
    }

    /** The IMPORTED events of an import: "email purpose.channel FROM>TO line n sha hash", recorded after their event time. */
    private static List<String> importedEvents(long id) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
             PreparedStatement select = connection.prepareStatement("""
                     select p.email, u.purpose_key, c.channel_key, e.previous_state, e.event_state, e.source_reference,
                            e.event_time, e.recorded_at, e.event_type, e.purpose_version, u.current_version
                     from consent_event e join profile p on p.id = e.profile_id join purpose u on u.id = e.purpose_id
                     join channel c on c.id = e.channel_id where e.source_type = 'IMPORT' and e.source_reference like ?""")) {
            select.setString(1, "import/" + id + "/line/%");
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    assertThat(row.getString(9)).isEqualTo("IMPORTED");
                    assertThat(row.getTimestamp(8).toInstant()).as("recorded at the import, not before the file's date")
                            .isAfterOrEqualTo(row.getTimestamp(7).toInstant());
                    assertThat(row.getInt(10)).as("the wording in force").isEqualTo(row.getInt(11));
                    String reference = row.getString(6);
                    String[] parts = reference.split("/");
                    found.add(row.getString(1) + " " + row.getString(2) + "." + row.getString(3) + " " + row.getString(4) + ">"
                            + row.getString(5) + " line " + parts[3] + " sha " + parts[5]);
                }
            }
        }
        return found;
    }

    private static long countImportedEvents(long id) throws SQLException {
        return importedEvents(id).size();
    }

    private static long previewRows(long jobId) throws SQLException {
        return TestDatabase.count("select count(*) from import_preview where job_id = ?", jobId);
    }

    private static long storedJobsMentioning(String text) throws SQLException {
        return TestDatabase.count("select count(*) from import_job where strpos(mapping, ?) > 0", text);
    }

    private static boolean profileExists(String email) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement select = connection.prepareStatement("select 1 from profile where email = ?")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static long mailsTo(String... emails) throws SQLException {
        try (Connection connection = TestDatabase.connect();
             PreparedStatement select = connection.prepareStatement("select count(*) from mail_outbox where recipient = any(?)")) {
            select.setArray(1, connection.createArrayOf("varchar", emails));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static String cap(String key) {
        return Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static byte[] withBom(byte[] content) {
        byte[] file = new byte[content.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(content, 0, file, 3, content.length);
        return file;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

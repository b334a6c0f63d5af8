package com.consentmanager.importing.control;

import com.consentmanager.profile.entity.ConsentState;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private final Layout layout = Layouts.resolve(List.of("external_id", "email", "newsletter", "newsletter_date",
            "newsletter_double_opt_in"), LayoutsTest.catalogue(), Map.of());
    private final LineReader reader = new LineReader(layout, DateOrder.DAY_FIRST, ZoneOffset.UTC, NOW);

    @Test
    void aLineGivesACellPerChannelWithItsDate() {
        ParsedLine line = reader.read(2, List.of("", " Zoe@Example.ORG ", "oui", "03/04/2024", "05/04/2024"));
        assertThat(line.valid()).isTrue();
        assertThat(line.key()).isEqualTo("e:zoe@example.org");
        assertThat(line.cells()).hasSize(2).allSatisfy(cell -> {
            assertThat(cell.requested()).isEqualTo(ConsentState.ACCEPTED);
            assertThat(cell.time()).isEqualTo(Instant.parse("2024-04-03T00:00:00Z"));
            assertThat(cell.doubleOptInConfirmed()).isEqualTo(Instant.parse("2024-04-05T00:00:00Z"));
        });
    }

    @Test
    void theExternalIdIsTheKeyWhenPresent() {
        assertThat(reader.read(3, List.of("C-42", "zoe@example.org", "", "", "")).key()).isEqualTo("x:C-42");
    }

    @Test
    void aBlankCellAsksForNothingAndAShortLineIsBlank() {
        ParsedLine line = reader.read(4, List.of("", "zoe@example.org"));
        assertThat(line.valid()).isTrue();
        assertThat(line.cells()).allSatisfy(cell -> assertThat(cell.requested()).isNull());
    }

    @Test
    void errorsSayLineColumnValueAndReason() {
        ParsedLine line = reader.read(5, List.of("", "not-an-email", "oui", "31/02/2024", ""));
        assertThat(line.valid()).isFalse();
        assertThat(line.errors()).containsExactly(
                new LineProblem(5, "email", "not-an-email", "profile.email.invalid"),
                new LineProblem(5, "newsletter_date", "31/02/2024", "import.line.date_invalid"));
        assertThat(reader.read(6, List.of("", "", "oui", "", "")).errors())
                .extracting(LineProblem::reason).containsExactly("import.line.key_missing");
        assertThat(reader.read(7, List.of("", "a@b.fr", "oui", "2030-01-01", "")).errors())
                .extracting(LineProblem::reason).containsExactly("import.line.date_future");
    }

    @Test
    void aLineWithMoreCellsThanTheHeaderIsAnErrorNamingTheFirstExtraCell() {
        // "Martin; Zoe" unquoted in a five-column file: every cell after it moved one to the right.
        ParsedLine line = reader.read(8, List.of("C-42", "zoe@example.org", "oui", "03/04/2024", "", "Martin"));
        assertThat(line.valid()).isFalse();
        assertThat(line.errors()).containsExactly(new LineProblem(8, "", "Martin", "import.line.too_many_cells"));
    }

    @Test
    void aBlankCellPastTheHeaderCountsAsTheHeaderWouldCountIt() {
        assertThat(reader.read(9, List.of("", "zoe@example.org", "oui", "", "", "")).errors())
                .containsExactly(new LineProblem(9, "", "", "import.line.too_many_cells"));
        assertThat(reader.read(10, List.of("", "zoe@example.org", "oui", "", "", " ", "", "x")).errors())
                .containsExactly(new LineProblem(10, "", "x", "import.line.too_many_cells"));
    }

    @Test
    void aHeaderEndingWithASeparatorAcceptsLinesEndingWithOne() {
        Layout trailing = Layouts.resolve(List.of("email", "newsletter", ""), LayoutsTest.catalogue(), Map.of());
        LineReader lines = new LineReader(trailing, DateOrder.DAY_FIRST, ZoneOffset.UTC, NOW);
        assertThat(lines.read(2, List.of("zoe@example.org", "oui", "")).valid()).isTrue();
        assertThat(lines.read(3, List.of("zoe@example.org", "oui", "", "non")).errors())
                .extracting(LineProblem::reason).containsExactly("import.line.too_many_cells");
    }

    @Test
    void aFileReadAsTheImportReadsItFlagsOnlyTheShiftedLine() throws Exception {
        String file = "email;newsletter;\nzoe@example.org;oui;\nMartin; Zoe <zoe@example.org>;oui;\nmartin@example.org;\"non; merci\";\n";
        try (CSVParser parser = CsvFiles.open(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            Iterator<CSVRecord> records = parser.iterator();
            Layout trailing = Layouts.resolve(CsvFiles.fields(records.next()), LayoutsTest.catalogue(), Map.of());
            LineReader lines = new LineReader(trailing, DateOrder.DAY_FIRST, ZoneOffset.UTC, NOW);
            List<ParsedLine> read = new ArrayList<>();
            records.forEachRemaining(record -> read.add(lines.read(record.getRecordNumber(), CsvFiles.fields(record))));
            assertThat(read).extracting(line -> line.errors().stream().map(LineProblem::reason).toList())
                    .containsExactly(List.of(), List.of("import.line.too_many_cells", "profile.email.invalid"), List.of());
        }
    }

    @Test
    void aFormulaCellAsTheExportWritesItIsReadBackWithoutItsQuote() throws Exception {
        String file = "external_id,email,newsletter\r\n\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\",,accepted\r\n"
                + "'plain,,accepted\r\n";
        try (CSVParser parser = CsvFiles.open(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)))) {
            Iterator<CSVRecord> records = parser.iterator();
            records.next();
            assertThat(reader.read(2, CsvFiles.fields(records.next())).key()).isEqualTo("x:=HYPERLINK(\"http://evil.example/x\",\"click\")");
            assertThat(reader.read(3, CsvFiles.fields(records.next())).key()).as("a quote before text stays").isEqualTo("x:'plain");
        }
    }
}

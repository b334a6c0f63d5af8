package com.consentmanager.importing.control;

import com.consentmanager.profile.entity.ConsentState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
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
}

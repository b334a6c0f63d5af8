package com.consentmanager.importing.control;

import com.consentmanager.profile.entity.ConsentState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValuesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest
    @ValueSource(strings = {"1", "oui", "OUI", "yes", "Accepted", "accepté", "ACCEPTÉ", "accepte", " oui "})
    void acceptedWords(String cell) {
        assertThat(Values.state(cell)).contains(ConsentState.ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "non", "No", "refused", "refusé", "Refuse"})
    void refusedWords(String cell) {
        assertThat(Values.state(cell)).contains(ConsentState.REFUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"peut-être", "2", "x", "unknown", "inconnu"})
    void anythingElseIsUnknown(String cell) {
        assertThat(Values.state(cell)).contains(ConsentState.UNKNOWN);
    }

    @Test
    void aBlankCellIsNoValue() {
        assertThat(Values.state("")).isEmpty();
        assertThat(Values.state("  ")).isEmpty();
        assertThat(Values.state(null)).isEmpty();
        assertThat(Values.date(" ", DateOrder.DAY_FIRST, PARIS)).isEmpty();
    }

    @Test
    void datesInEveryAcceptedForm() {
        assertThat(Values.date("2024-04-03", DateOrder.DAY_FIRST, PARIS)).contains(Instant.parse("2024-04-02T22:00:00Z"));
        assertThat(Values.date("2024-04-03 10:15", DateOrder.DAY_FIRST, ZoneOffset.UTC)).contains(Instant.parse("2024-04-03T10:15:00Z"));
        assertThat(Values.date("2024-04-03 10:15:30", DateOrder.MONTH_FIRST, ZoneOffset.UTC)).contains(Instant.parse("2024-04-03T10:15:30Z"));
        assertThat(Values.date("03/04/2024", DateOrder.DAY_FIRST, ZoneOffset.UTC)).contains(Instant.parse("2024-04-03T00:00:00Z"));
        assertThat(Values.date("03/04/2024", DateOrder.MONTH_FIRST, ZoneOffset.UTC)).contains(Instant.parse("2024-03-04T00:00:00Z"));
        assertThat(Values.date("3/4/2024 9:05", DateOrder.DAY_FIRST, ZoneOffset.UTC)).contains(Instant.parse("2024-04-03T09:05:00Z"));
        assertThat(Values.date("2024-04-03T10:15:30Z", DateOrder.DAY_FIRST, PARIS)).contains(Instant.parse("2024-04-03T10:15:30Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "13/13/2024", "hier", "2024-4", "03/04/24"})
    void notADate(String cell) {
        assertThatThrownBy(() -> Values.date(cell, DateOrder.DAY_FIRST, PARIS)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void monthFirstRefusesADayAsMonth() {
        assertThatThrownBy(() -> Values.date("25/12/2024", DateOrder.MONTH_FIRST, PARIS)).isInstanceOf(DateTimeException.class);
    }
}

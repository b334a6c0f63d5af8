package com.consentmanager.web;

import com.consentmanager.platform.TimeZoneSetting;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTimesTest {

    private final ConsoleTimes paris = new ConsoleTimes(new TimeZoneSetting(TimeZoneSetting.DEFAULT_ZONE));

    @Test
    void summerTimesAreShownInParisWithTheirAbbreviation() {
        assertThat(paris.seconds(Instant.parse("2026-07-01T12:05:09Z"))).isEqualTo("2026-07-01 14:05:09 CEST");
        assertThat(paris.minutes(Instant.parse("2026-07-01T12:05:09Z"))).isEqualTo("2026-07-01 14:05 CEST");
    }

    @Test
    void winterTimesChangeTheOffsetAndTheAbbreviation() {
        assertThat(paris.seconds(Instant.parse("2026-01-15T23:30:00Z"))).isEqualTo("2026-01-16 00:30:00 CET");
    }

    @Test
    void anotherZoneShowsItsOwnClockAndName() {
        ConsoleTimes newYork = new ConsoleTimes(ZoneId.of("America/New_York"));
        assertThat(newYork.seconds(Instant.parse("2026-07-01T12:05:09Z"))).isEqualTo("2026-07-01 08:05:09 EDT");
        assertThat(new ConsoleTimes(ZoneId.of("UTC")).seconds(Instant.parse("2026-07-01T12:05:09Z"))).isEqualTo("2026-07-01 12:05:09 UTC");
    }

    @Test
    void nothingIsShownForNoTime() {
        assertThat(paris.seconds(null)).isEmpty();
        assertThat(paris.minutes(null)).isEmpty();
    }
}

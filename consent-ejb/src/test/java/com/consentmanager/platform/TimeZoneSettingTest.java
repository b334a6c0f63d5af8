package com.consentmanager.platform;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeZoneSettingTest {

    @Test
    void theDefaultIsParis() {
        assertThat(new TimeZoneSetting(TimeZoneSetting.DEFAULT_ZONE).zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void aRegionOfTheTzDatabaseIsTaken() {
        assertThat(new TimeZoneSetting(" America/New_York ").zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(new TimeZoneSetting("UTC").id()).isEqualTo("UTC");
    }

    @Test
    void daysAreTheZonesCalendarDays() {
        Instant lateEveningInParis = Instant.parse("2026-06-30T22:30:00Z");
        assertThat(new TimeZoneSetting("Europe/Paris").day(lateEveningInParis)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(new TimeZoneSetting("UTC").day(lateEveningInParis)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void mailsAndPublicPagesReadTheDayInTheZoneAndTheLanguage() {
        Instant lateEveningInParis = Instant.parse("2026-06-30T22:30:00Z");
        assertThat(new TimeZoneSetting("Europe/Paris").longDate(lateEveningInParis, Locale.FRENCH)).isEqualTo("1 juillet 2026");
        assertThat(new TimeZoneSetting("UTC").longDate(lateEveningInParis, Locale.ENGLISH)).isEqualTo("June 30, 2026");
    }

    @Test
    void anUnknownZoneStopsTheApplicationNamingTheSetting() {
        assertThatThrownBy(() -> new TimeZoneSetting("Europe/Parris"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consent.time-zone").hasMessageContaining("\"Europe/Parris\"");
        assertThatThrownBy(() -> new TimeZoneSetting("")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consent.time-zone");
        assertThatThrownBy(() -> new TimeZoneSetting(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFixedOffsetIsRefused() {
        assertThatThrownBy(() -> new TimeZoneSetting("+02:00"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consent.time-zone").hasMessageContaining("\"+02:00\"");
        assertThatThrownBy(() -> new TimeZoneSetting("UTC+2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TimeZoneSetting("GMT-05:00")).isInstanceOf(IllegalStateException.class);
    }
}

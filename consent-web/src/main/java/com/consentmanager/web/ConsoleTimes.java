package com.consentmanager.web;

import com.consentmanager.platform.TimeZoneSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the console shows an instant: in the company's time zone ({@link TimeZoneSetting}), with that
 * zone's abbreviation ({@code 2026-07-01 14:05:09 CEST}), the same on every page, so that a time is
 * never read in the wrong zone. CSV exports keep ISO 8601 instants in UTC, for machines.
 */
@ApplicationScoped
public class ConsoleTimes {

    private ZoneId zone;
    private DateTimeFormatter seconds;
    private DateTimeFormatter minutes;

    /** For CDI's proxy. */
    protected ConsoleTimes() {
    }

    @Inject
    public ConsoleTimes(TimeZoneSetting timeZone) {
        this(timeZone.zone());
    }

    /** Outside the container (tests): times in {@code zone}. */
    public ConsoleTimes(ZoneId zone) {
        this.zone = zone;
        // English abbreviations (CET, CEST, UTC): the French names of zones are not the ones people write.
        this.seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH).withZone(zone);
        this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH).withZone(zone);
    }

    /** To the second; empty for null. */
    public String seconds(Instant instant) {
        return instant == null ? "" : seconds.format(instant);
    }

    /** To the minute; empty for null. */
    public String minutes(Instant instant) {
        return instant == null ? "" : minutes.format(instant);
    }

    /** The company's zone. */
    public ZoneId zone() {
        return zone;
    }
}

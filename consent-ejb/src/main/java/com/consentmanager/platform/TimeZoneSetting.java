package com.consentmanager.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.zone.ZoneRulesException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The company's time zone, the setting {@value #SETTING} (an IANA zone id, default
 * {@value #DEFAULT_ZONE}): the zone of every date a person or an admin reads (mails, public pages,
 * the console, the dashboard's days) and of the days operations start and end on. Times are stored
 * as instants; only their display and calendar days depend on it. A zone id must be a region of
 * the tz database ({@code Europe/Paris}, {@code UTC}), not a fixed offset such as {@code +02:00}:
 * PostgreSQL reads such an offset with the opposite sign (POSIX), and an offset knows no summer time.
 */
@ApplicationScoped
public class TimeZoneSetting {

    public static final String SETTING = "consent.time-zone";
    public static final String DEFAULT_ZONE = "Europe/Paris";

    @Inject
    @ConfigProperty(name = SETTING, defaultValue = DEFAULT_ZONE)
    String configured;

    /** {@code UTC+2}, {@code GMT-05:00}: Java reads them as offsets east of Greenwich, PostgreSQL as west. */
    private static final Pattern OFFSET_AFTER_PREFIX = Pattern.compile("(?i)(UTC|GMT|UT)[+-].*");

    private ZoneId zone;

    public TimeZoneSetting() {
    }

    /** Outside the container (tests): the zone {@code configured}. */
    public TimeZoneSetting(String configured) {
        this.configured = configured;
        checkZone();
    }

    /** Creates the bean when the application starts, so that a wrong setting stops it there ({@link #checkZone}). */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        // Nothing more: being called made the instance, and its check ran.
    }

    /** An unknown zone would show wrong dates everywhere: refused, naming the setting. */
    @PostConstruct
    void checkZone() {
        String id = configured == null ? "" : configured.strip();
        try {
            ZoneId parsed = ZoneId.of(id);
            if (parsed instanceof ZoneOffset || OFFSET_AFTER_PREFIX.matcher(id).matches()) {
                throw new DateTimeException("a fixed offset");
            }
            zone = parsed;
        } catch (ZoneRulesException e) {
            throw new IllegalStateException(SETTING + " must be a time zone such as Europe/Paris or UTC; \"" + id + "\" is unknown", e);
        } catch (DateTimeException e) {
            throw new IllegalStateException(SETTING + " must be a time zone of the tz database such as Europe/Paris or UTC, not \""
                    + id + "\"", e);
        }
    }

    /** The company's zone. */
    public ZoneId zone() {
        return zone;
    }

    /** Its id, as PostgreSQL's {@code at time zone} reads it too. */
    public String id() {
        return zone.getId();
    }

    /** The day an instant falls on, as a person reads it in a mail or on a public page ("1 juillet 2026"). */
    public String longDate(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone).format(instant);
    }

    /** The calendar day an instant falls on, in the company's zone. */
    public LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}

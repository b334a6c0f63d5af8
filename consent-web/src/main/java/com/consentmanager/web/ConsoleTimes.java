package com.consentmanager.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How console tables show an instant: to the second, in UTC, the same on every page and in exports. */
public final class ConsoleTimes {

    private static final DateTimeFormatter SECONDS_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ConsoleTimes() {
    }

    /** Empty for null. */
    public static String seconds(Instant instant) {
        return instant == null ? "" : SECONDS_UTC.format(instant);
    }
}

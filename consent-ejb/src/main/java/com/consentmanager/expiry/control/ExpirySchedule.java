package com.consentmanager.expiry.control;

import jakarta.ejb.ScheduleExpression;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The sweep's calendar schedule from configuration, written like the six fields of
 * {@code @Schedule}: second, minute, hour, day of month, month, day of week (default
 * {@value #NIGHTLY}: every night at 03:00 server time), and when a start-up must catch up.
 */
public final class ExpirySchedule {

    public static final String NIGHTLY = "0 0 3 * * *";

    private ExpirySchedule() {
    }

    public static ScheduleExpression parse(String text) {
        String[] fields = (text == null || text.isBlank() ? NIGHTLY : text).trim().split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException("consent.expiry.schedule needs 6 fields (second minute hour dayOfMonth month dayOfWeek): " + text);
        }
        return new ScheduleExpression().second(fields[0]).minute(fields[1]).hour(fields[2]).dayOfMonth(fields[3])
                .month(fields[4]).dayOfWeek(fields[5]);
    }

    /** Whether the server must sweep at start-up: it never swept, or not within the longest gap the schedule allows. */
    public static boolean catchUpDue(Optional<Instant> lastRun, Instant now, Duration longestGap) {
        return lastRun.map(last -> last.plus(longestGap).isBefore(now)).orElse(true);
    }
}

package com.consentmanager.expiry.boundary;

import java.io.Serializable;

/** For one purpose with expiry on: how many accepted statuses expire within 7, 30 and 90 days (already due: overdue). */
public record UpcomingExpiry(String purposeKey, String subject, int days, long overdue, long within7, long within30, long within90)
        implements Serializable {
}

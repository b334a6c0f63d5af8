package com.consentmanager.expiry.boundary;

/** What started a sweep: its schedule, the catch-up at start-up after downtime, or an admin. */
public enum SweepTrigger {
    TIMER,
    STARTUP,
    ADMIN
}

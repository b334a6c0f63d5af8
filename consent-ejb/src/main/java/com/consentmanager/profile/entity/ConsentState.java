package com.consentmanager.profile.entity;

/** The status of a profile for a purpose on a channel ("Accepté / Refusé / Inconnu", and pending double opt-in). */
public enum ConsentState {
    ACCEPTED,
    REFUSED,
    UNKNOWN,
    /** Accepted on email for a purpose with double opt-in, awaiting the confirmation click. */
    PENDING
}

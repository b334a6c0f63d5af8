package com.consentmanager.profile.entity;

/**
 * What happened to a status, in the vocabulary of ISO/IEC TS 27560 where it has a word for it
 * (given, withdrawn, refused, expired, renewed).
 */
public enum EventType {
    /** The person accepted (→ ACCEPTED). */
    GIVEN,
    /** The person refused a purpose they had not accepted (→ REFUSED). */
    REFUSED,
    /** The person withdrew what they had accepted or left pending (→ REFUSED). */
    WITHDRAWN,
    /** Accepted on email for a purpose with double opt-in: awaiting confirmation (→ PENDING). */
    DOUBLE_OPT_IN_REQUESTED,
    /** The confirmation link was followed (PENDING → ACCEPTED). */
    DOUBLE_OPT_IN_CONFIRMED,
    /** The person objected to all marketing (Art. 21): every status → REFUSED. */
    OBJECTED,
    /** An admin brought a status back to UNKNOWN, with a reason. */
    RESET,
    /** Set by an import. */
    IMPORTED,
    /** No prolonging activity for the purpose's duration (→ UNKNOWN). */
    EXPIRED,
    /** Kept on by the person before it expired. */
    RENEWED,
    /** Accepted again, on a newer version of the purpose's text (ACCEPTED → ACCEPTED, after a material change). */
    RECONSENTED
}

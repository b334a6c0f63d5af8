package com.consentmanager.gate.boundary;

/** Why the gate answers as it does. Stable codes: other applications switch on them. */
public enum GateReason {
    /** Allowed: the purpose (or, without one, at least one purpose on the channel) is ACCEPTED. */
    ACCEPTED,
    /** No purpose covering the channel is accepted (asked without a purpose). */
    NO_ACCEPTED_PURPOSE,
    /** The purpose was never accepted on this channel (UNKNOWN). */
    NOT_ACCEPTED,
    /** The person refused or withdrew. */
    REFUSED,
    /** Accepted on email with double opt-in, not confirmed yet. */
    PENDING_DOUBLE_OPT_IN,
    /** The person objected to all marketing (Art. 21). */
    OBJECTED,
    /** Nobody is known under this reference. */
    UNKNOWN_PROFILE,
    /** The purpose is archived: nobody is contacted for it. */
    PURPOSE_ARCHIVED,
    /** The purpose does not cover this channel. */
    CHANNEL_NOT_COVERED,
    /**
     * Accepted on an earlier text: the purpose's text changed materially and the purpose asks those
     * who accepted before to accept the new text before they are contacted again.
     */
    RECONSENT_REQUIRED
}

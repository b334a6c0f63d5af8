package com.consentmanager.expiry.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a re-permission link stands for, as its page shows it: the purpose's subject in the page's
 * language and until when the link works (when the status would expire).
 */
public record RenewalView(State state, String subject, Instant expiresAt) implements Serializable {

    /** What the token is worth. */
    public enum State {
        /** Valid: renewing keeps the purpose accepted. */
        VALID,
        /** Just renewed by this call. */
        RENEWED,
        /** Already used: a link works once. */
        USED,
        /** The status expired (or was withdrawn) before the link was followed. */
        EXPIRED,
        /** No such token. */
        UNKNOWN
    }

    public static RenewalView unknown() {
        return new RenewalView(State.UNKNOWN, null, null);
    }

    public State getState() {
        return state;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}

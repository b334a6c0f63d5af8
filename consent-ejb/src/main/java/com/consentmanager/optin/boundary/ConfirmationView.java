package com.consentmanager.optin.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a confirmation link stands for, as its page shows it. */
public final class ConfirmationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the token is worth. */
    public enum State {
        /** Valid: confirming it accepts the listed purposes. */
        VALID,
        /** Just confirmed by this call. */
        CONFIRMED,
        /** Already used: a link works once. */
        USED,
        /** Too old; {@link #isRenewable()} says whether a new mail can be sent. */
        EXPIRED,
        /** No such token (mistyped, or replaced by a newer mail). */
        UNKNOWN
    }

    private final State state;
    private final ArrayList<String> subjects;
    private final Instant expiresAt;
    private final boolean renewable;
    private final String receiptId;

    public ConfirmationView(State state, List<String> subjects, Instant expiresAt, boolean renewable) {
        this(state, subjects, expiresAt, renewable, null);
    }

    /** {@code receiptId}: the receipt of the confirmation just recorded. */
    public ConfirmationView(State state, List<String> subjects, Instant expiresAt, boolean renewable, String receiptId) {
        this.receiptId = receiptId;
        this.state = state;
        this.subjects = new ArrayList<>(subjects);
        this.expiresAt = expiresAt;
        this.renewable = renewable;
    }

    public static ConfirmationView unknown() {
        return new ConfirmationView(State.UNKNOWN, List.of(), null, false);
    }

    public State getState() {
        return state;
    }

    /** The subjects of the purposes concerned, in the page's language. */
    public List<String> getSubjects() {
        return List.copyOf(subjects);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** Expired while statuses still await it: a new mail can be sent. */
    public boolean isRenewable() {
        return renewable;
    }

    /** The receipt of the confirmation this call recorded; null otherwise. */
    public String getReceiptId() {
        return receiptId;
    }
}

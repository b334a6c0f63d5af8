package com.consentmanager.mail.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One row of the mail outbox as the console shows it. */
public final class OutboxEntryView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String kind;
    private final String recipient;
    private final String state;
    private final int attempts;
    private final Instant nextAttemptAt;
    private final String lastError;
    private final Instant createdAt;
    private final Instant sentAt;

    @SuppressWarnings("java:S107") // a detached row of the console's table
    public OutboxEntryView(long id, String kind, String recipient, String state, int attempts, Instant nextAttemptAt,
                           String lastError, Instant createdAt, Instant sentAt) {
        this.id = id;
        this.kind = kind;
        this.recipient = recipient;
        this.state = state;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.lastError = lastError;
        this.createdAt = createdAt;
        this.sentAt = sentAt;
    }

    public long getId() {
        return id;
    }

    /** What the mail is for, e.g. DOUBLE_OPT_IN. */
    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    /** PENDING, SENDING, SENT or FAILED. */
    public String getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    /** When the sender tries next (meaningful while PENDING). */
    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /** Why the last attempt failed (or a note on a mail with nothing left to send), or null. */
    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean isFailed() {
        return OutboxMonitor.FAILED.equals(state);
    }
}

package com.consentmanager.optin.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An open confirmation request as the console lists it, with the state of its latest mail. */
public final class PendingConfirmationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String language;
    private final ArrayList<String> purposes;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final boolean expired;
    private final String mailState;

    @SuppressWarnings("java:S107") // a detached row of the console's table
    public PendingConfirmationView(long id, String email, String language, List<String> purposes, Instant createdAt,
                                   Instant expiresAt, boolean expired, String mailState) {
        this.id = id;
        this.email = email;
        this.language = language;
        this.purposes = new ArrayList<>(purposes);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.expired = expired;
        this.mailState = mailState;
    }

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    /** Keys of the purposes the request asks to confirm. */
    public List<String> getPurposes() {
        return List.copyOf(purposes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isExpired() {
        return expired;
    }

    /** PENDING, SENDING, SENT or FAILED: the outbox state of the request's latest mail (null if none). */
    public String getMailState() {
        return mailState;
    }
}

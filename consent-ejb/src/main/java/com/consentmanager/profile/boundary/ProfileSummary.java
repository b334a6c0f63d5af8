package com.consentmanager.profile.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One person in a search result: identity, language, whether they objected, when last changed. */
public final class ProfileSummary implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String externalId;
    private final String email;
    private final String phone;
    private final String language;
    private final boolean objected;
    private final Instant updatedAt;

    public ProfileSummary(long id, String externalId, String email, String phone, String language, boolean objected,
                          Instant updatedAt) {
        this.id = id;
        this.externalId = externalId;
        this.email = email;
        this.phone = phone;
        this.language = language;
        this.objected = objected;
        this.updatedAt = updatedAt;
    }

    public long getId() {
        return id;
    }

    /** The key other applications know the person by: the external id, else the email. */
    public String getKey() {
        return externalId != null ? externalId : email;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isObjected() {
        return objected;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

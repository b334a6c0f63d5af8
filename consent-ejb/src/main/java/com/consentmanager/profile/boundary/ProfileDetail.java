package com.consentmanager.profile.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person as the console shows them: identity (empty once erased), language, objection and
 * erasure. {@link #reference()} names them for the recording boundary; an erased person has none.
 */
public final class ProfileDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String externalId;
    private final String email;
    private final String phone;
    private final String language;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant objectedAt;
    private final Instant erasedAt;

    @SuppressWarnings("java:S107") // a person has this many facets
    public ProfileDetail(long id, String externalId, String email, String phone, String language, Instant createdAt,
                         Instant updatedAt, Instant objectedAt, Instant erasedAt) {
        this.id = id;
        this.externalId = externalId;
        this.email = email;
        this.phone = phone;
        this.language = language;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.objectedAt = objectedAt;
        this.erasedAt = erasedAt;
    }

    /** By external id when there is one (unique), else by email (the key); null once erased. */
    public ProfileReference reference() {
        if (externalId != null) {
            return ProfileReference.externalId(externalId);
        }
        return email != null ? ProfileReference.email(email) : null;
    }

    public long getId() {
        return id;
    }

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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getObjectedAt() {
        return objectedAt;
    }

    public boolean isObjected() {
        return objectedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }
}

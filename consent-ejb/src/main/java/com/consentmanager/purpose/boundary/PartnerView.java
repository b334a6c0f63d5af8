package com.consentmanager.purpose.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A partner as callers see it, with the keys of its purposes (its partner consents). */
public final class PartnerView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String name;
    private final String privacyUrl;
    private final boolean active;
    private final Instant createdAt;
    private final Instant removedAt;
    private final ArrayList<String> purposes;
    private final long version;

    @SuppressWarnings("java:S107")
    public PartnerView(String key, String name, String privacyUrl, boolean active, Instant createdAt, Instant removedAt,
                       List<String> purposes, long version) {
        this.key = key;
        this.name = name;
        this.privacyUrl = privacyUrl;
        this.active = active;
        this.createdAt = createdAt;
        this.removedAt = removedAt;
        this.purposes = new ArrayList<>(purposes);
        this.version = version;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    /** The partner's privacy notice. */
    public String getPrivacyUrl() {
        return privacyUrl;
    }

    /** False once removed. */
    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    /** Keys of the purposes that name this partner. */
    public List<String> getPurposes() {
        return List.copyOf(purposes);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "PartnerView[" + key + ", " + name + (active ? "" : ", removed") + "]";
    }
}

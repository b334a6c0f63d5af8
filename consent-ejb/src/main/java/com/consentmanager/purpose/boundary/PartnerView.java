package com.consentmanager.purpose.boundary;

import com.consentmanager.purpose.entity.Partner;

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

    PartnerView(Partner partner, List<String> purposes) {
        this.key = partner.getKey();
        this.name = partner.getName();
        this.privacyUrl = partner.getPrivacyUrl();
        this.active = partner.isActive();
        this.createdAt = partner.getCreatedAt();
        this.removedAt = partner.getRemovedAt();
        this.purposes = new ArrayList<>(purposes);
        this.version = partner.getVersion();
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

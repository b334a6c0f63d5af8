package com.consentmanager.expiry.boundary;

import com.consentmanager.profile.boundary.ProfileReference;
import com.consentmanager.profile.entity.SourceType;

import java.io.Serializable;
import java.time.Instant;

/**
 * One activity of a person that another application reports (the shop an order, Message a click):
 * who, what type (a declared activity type), when it happened (now when absent; never in the
 * future), where it comes from and a reference there (order number...).
 */
public final class ActivityReport implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ProfileReference profile;
    private final String type;
    private final Instant occurredAt;
    private final SourceType source;
    private final String reference;

    public ActivityReport(ProfileReference profile, String type, Instant occurredAt, SourceType source, String reference) {
        this.profile = profile;
        this.type = type;
        this.occurredAt = occurredAt;
        this.source = source;
        this.reference = reference;
    }

    public ProfileReference getProfile() {
        return profile;
    }

    public String getType() {
        return type;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SourceType getSource() {
        return source;
    }

    public String getReference() {
        return reference;
    }
}

package com.consentmanager.expiry.boundary;

import java.io.Serializable;

/** What one sweep changed: accepted statuses expired, pending double opt-ins expired, re-permission mails queued. */
public record SweepCounts(int expired, int pendingExpired, int invitations) implements Serializable {

    public static final SweepCounts NONE = new SweepCounts(0, 0, 0);

    public SweepCounts plus(SweepCounts other) {
        return new SweepCounts(expired + other.expired, pendingExpired + other.pendingExpired, invitations + other.invitations);
    }
}

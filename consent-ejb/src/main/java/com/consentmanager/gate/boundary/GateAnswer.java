package com.consentmanager.gate.boundary;

import com.consentmanager.profile.boundary.ProfileReference;

import java.io.Serializable;

/** The gate's answer for one person: allowed or not, and why. */
public final class GateAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ProfileReference profile;
    private final String channel;
    private final String purpose;
    private final GateReason reason;

    public GateAnswer(ProfileReference profile, String channel, String purpose, GateReason reason) {
        this.profile = profile;
        this.channel = channel;
        this.purpose = purpose;
        this.reason = reason;
    }

    public ProfileReference getProfile() {
        return profile;
    }

    public String getChannel() {
        return channel;
    }

    /** The purpose asked about, or null when the question was about the channel only. */
    public String getPurpose() {
        return purpose;
    }

    public boolean isAllowed() {
        return reason == GateReason.ACCEPTED;
    }

    public GateReason getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return profile + " on " + channel + (purpose == null ? "" : " for " + purpose) + ": " + reason;
    }
}

package com.consentmanager.gate.boundary;

/**
 * An audience the caller may read, checked and recorded by {@link Gate#openAudience}: what
 * {@link Gate#streamAudience} then reads. Only the gate creates one.
 */
public final class AudienceQuery {

    private final String channel;
    private final String purpose;
    private final long channelId;
    private final long purposeId;
    private final boolean active;
    private final int requiredVersion;

    AudienceQuery(String channel, String purpose, long channelId, long purposeId, boolean active, int requiredVersion) {
        this.requiredVersion = requiredVersion;
        this.channel = channel;
        this.purpose = purpose;
        this.channelId = channelId;
        this.purposeId = purposeId;
        this.active = active;
    }

    public String getChannel() {
        return channel;
    }

    public String getPurpose() {
        return purpose;
    }

    long channelId() {
        return channelId;
    }

    long purposeId() {
        return purposeId;
    }

    /** The text version an acceptance must stand on (0: any). */
    int requiredVersion() {
        return requiredVersion;
    }

    /** An archived purpose has nobody to contact. */
    boolean active() {
        return active;
    }
}

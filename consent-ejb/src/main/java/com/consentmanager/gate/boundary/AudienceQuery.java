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

    AudienceQuery(String channel, String purpose, long channelId, long purposeId, boolean active) {
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

    /** An archived purpose has nobody to contact. */
    boolean active() {
        return active;
    }
}

package com.consentmanager.profile.boundary;

import com.consentmanager.profile.entity.ConsentState;

import java.io.Serializable;
import java.time.Instant;

/**
 * The status of a person for one purpose on one channel: UNKNOWN (no version, no time) when nothing
 * was ever recorded; not {@link #isCovered() covered} when the purpose does not use the channel.
 */
public final class StatusCell implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String channel;
    private final boolean covered;
    private final ConsentState state;
    private final Integer purposeVersion;
    private final Instant since;

    public StatusCell(String channel, boolean covered, ConsentState state, Integer purposeVersion, Instant since) {
        this.channel = channel;
        this.covered = covered;
        this.state = state;
        this.purposeVersion = purposeVersion;
        this.since = since;
    }

    public String getChannel() {
        return channel;
    }

    public boolean isCovered() {
        return covered;
    }

    public ConsentState getState() {
        return state;
    }

    /** The version of the wording in force when the status was set. */
    public Integer getPurposeVersion() {
        return purposeVersion;
    }

    /** When the status was set (the event time of its last evidence). */
    public Instant getSince() {
        return since;
    }
}

package com.consentmanager.profile.boundary;

import java.io.Serializable;

/**
 * One decision in a submission: accept or refuse a purpose on a channel. {@code purposeVersion} is
 * the version of the wording the person was shown (the version in force when absent).
 */
public final class Choice implements Serializable {

    private static final long serialVersionUID = 1L;

    private String purpose;
    private String channel;
    private String state;
    private Integer purposeVersion;

    public Choice() {
    }

    public Choice(String purpose, String channel, String state) {
        this.purpose = purpose;
        this.channel = channel;
        this.state = state;
    }

    public static Choice accept(String purpose, String channel) {
        return new Choice(purpose, channel, "ACCEPTED");
    }

    public static Choice refuse(String purpose, String channel) {
        return new Choice(purpose, channel, "REFUSED");
    }

    public Choice shownVersion(int version) {
        this.purposeVersion = version;
        return this;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    /** {@code ACCEPTED} or {@code REFUSED}. */
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Integer getPurposeVersion() {
        return purposeVersion;
    }

    public void setPurposeVersion(Integer purposeVersion) {
        this.purposeVersion = purposeVersion;
    }

    @Override
    public String toString() {
        return purpose + "/" + channel + "=" + state;
    }
}

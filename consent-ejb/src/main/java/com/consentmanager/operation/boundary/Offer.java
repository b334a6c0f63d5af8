package com.consentmanager.operation.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One purpose activated in an operation's data-acquisition tab: which of its channels the form
 * offers and whether the person must answer (accept or refuse) or may leave it blank. The order of
 * offers is the order on the form.
 */
public final class Offer implements Serializable {

    private static final long serialVersionUID = 1L;

    private String purpose;
    private ArrayList<String> channels = new ArrayList<>();
    private boolean required;

    public Offer() {
    }

    public Offer(String purpose, List<String> channels, boolean required) {
        this.purpose = purpose;
        this.channels = new ArrayList<>(channels);
        this.required = required;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = channels == null ? new ArrayList<>() : new ArrayList<>(channels);
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    @Override
    public String toString() {
        return purpose + channels + (required ? " required" : "");
    }
}

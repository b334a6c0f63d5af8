package com.consentmanager.purpose.boundary;

import com.consentmanager.purpose.entity.PurposeKind;

import java.io.Serializable;

/** Which purposes a list shows; every criterion is optional. */
public final class PurposeFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private PurposeKind kind;
    private String partner;
    private String channel;
    private Boolean active;
    private String text;

    public PurposeKind getKind() {
        return kind;
    }

    public PurposeFilter setKind(PurposeKind kind) {
        this.kind = kind;
        return this;
    }

    /** A partner key. */
    public String getPartner() {
        return partner;
    }

    public PurposeFilter setPartner(String partner) {
        this.partner = partner;
        return this;
    }

    /** A channel key. */
    public String getChannel() {
        return channel;
    }

    public PurposeFilter setChannel(String channel) {
        this.channel = channel;
        return this;
    }

    /** True: active only; false: archived only; null: both. */
    public Boolean getActive() {
        return active;
    }

    public PurposeFilter setActive(Boolean active) {
        this.active = active;
        return this;
    }

    /** Part of the key or of the current subject, in any language, case-insensitive. */
    public String getText() {
        return text;
    }

    public PurposeFilter setText(String text) {
        this.text = text;
        return this;
    }
}

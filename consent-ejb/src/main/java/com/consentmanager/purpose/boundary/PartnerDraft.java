package com.consentmanager.purpose.boundary;

import java.io.Serializable;

/** What an admin gives to add or change a partner. A blank key is generated from the name. */
public final class PartnerDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String name;
    private String privacyUrl;

    public PartnerDraft() {
    }

    public PartnerDraft(String key, String name, String privacyUrl) {
        this.key = key;
        this.name = name;
        this.privacyUrl = privacyUrl;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPrivacyUrl() {
        return privacyUrl;
    }

    public void setPrivacyUrl(String privacyUrl) {
        this.privacyUrl = privacyUrl;
    }
}

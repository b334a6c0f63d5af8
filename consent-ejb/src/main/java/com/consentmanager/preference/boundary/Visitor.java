package com.consentmanager.preference.boundary;

import com.consentmanager.profile.entity.Provenance;

import java.io.Serializable;

/**
 * Who acts on a public page: their address and browser (kept with the evidence; the browser clipped
 * to what evidence holds) and the page's language.
 */
public record Visitor(String ipAddress, String userAgent, String language) implements Serializable {

    public Visitor {
        userAgent = Provenance.clip(userAgent, Provenance.USER_AGENT_MAX_LENGTH);
    }
}

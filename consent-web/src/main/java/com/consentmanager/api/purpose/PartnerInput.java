package com.consentmanager.api.purpose;

import com.consentmanager.purpose.boundary.PartnerDraft;

/** The body of {@code POST /api/v1/partners} and {@code PUT /api/v1/partners/{key}}. */
public record PartnerInput(String key, String name, String privacyUrl) {

    PartnerDraft draft() {
        return new PartnerDraft(key, name, privacyUrl);
    }
}

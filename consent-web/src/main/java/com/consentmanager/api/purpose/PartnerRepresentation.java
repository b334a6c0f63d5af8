package com.consentmanager.api.purpose;

import com.consentmanager.purpose.boundary.PartnerView;

import java.time.Instant;
import java.util.List;

/** A partner in the API's JSON, with the keys of its purposes. */
public record PartnerRepresentation(String key, String name, String privacyUrl, boolean active, Instant createdAt,
                                    Instant removedAt, List<String> purposes) {

    static PartnerRepresentation of(PartnerView view) {
        return new PartnerRepresentation(view.getKey(), view.getName(), view.getPrivacyUrl(), view.isActive(),
                view.getCreatedAt(), view.getRemovedAt(), view.getPurposes());
    }
}

package com.consentmanager.api.profile;

import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.profile.boundary.ProfileReference;

/** A person named in JSON: exactly one of {@code email}, {@code externalId}, {@code phone}. */
public record ProfileJson(String email, String externalId, String phone) {

    public ProfileReference reference(String field) {
        int given = (email != null ? 1 : 0) + (externalId != null ? 1 : 0) + (phone != null ? 1 : 0);
        if (given != 1) {
            throw InvalidInputException.of(field, "profile.reference.one");
        }
        return email != null ? ProfileReference.email(email)
                : externalId != null ? ProfileReference.externalId(externalId) : ProfileReference.phone(phone);
    }
}

package com.consentmanager.api.expiry;

import com.consentmanager.api.profile.ProfileJson;
import com.consentmanager.expiry.boundary.ActivityReport;
import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.profile.entity.SourceType;

import java.time.Instant;

/**
 * One activity in JSON: {@code profile} ({@code email}, {@code externalId} or {@code phone}),
 * {@code type}, {@code occurredAt} (ISO-8601, default now), {@code reference} (order number...).
 * The source is always the API client.
 */
public record ActivityJson(ProfileJson profile, String type, Instant occurredAt, String reference) {

    ActivityReport report(String field) {
        if (profile == null) {
            throw InvalidInputException.of(field + "profile", "profile.reference.required");
        }
        return new ActivityReport(profile.reference(field + "profile"), type, occurredAt, SourceType.API_CLIENT, reference);
    }
}

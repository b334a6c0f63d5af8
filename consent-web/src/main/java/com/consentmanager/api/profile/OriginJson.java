package com.consentmanager.api.profile;

import com.consentmanager.platform.InvalidInputException;
import com.consentmanager.profile.boundary.Origin;
import com.consentmanager.profile.entity.SourceType;

import java.time.Instant;
import java.util.Arrays;

/**
 * Where a decision comes from: {@code source} (default API_CLIENT, with the caller's name as
 * reference), {@code reference}, the person's {@code ipAddress} and {@code userAgent} as the calling
 * site saw them, {@code language}, {@code eventTime} (ISO-8601, default now), {@code reason}
 * (required with source ADMIN).
 */
public record OriginJson(String source, String reference, String ipAddress, String userAgent, String language,
                         Instant eventTime, String reason) {

    static Origin of(OriginJson json, String caller) {
        if (json == null) {
            return Origin.of(SourceType.API_CLIENT, caller);
        }
        SourceType source = json.source == null ? SourceType.API_CLIENT : Arrays.stream(SourceType.values())
                .filter(type -> type.name().equals(json.source)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("origin.source", "origin.source.unknown", json.source));
        Origin origin = Origin.of(source, json.reference != null ? json.reference : source == SourceType.API_CLIENT ? caller : null)
                .from(json.ipAddress, json.userAgent).in(json.language);
        return origin.at(json.eventTime).because(json.reason);
    }
}

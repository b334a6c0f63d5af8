package com.consentmanager.apiclient.boundary;

import com.consentmanager.apiclient.entity.ApiClient;
import com.consentmanager.platform.Scope;

import java.time.Instant;
import java.util.List;

/** An API client as the console lists it: never its key. */
public record ApiClientView(String prefix, String name, List<String> scopes, String createdBy, Instant createdAt,
                            Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    static ApiClientView of(ApiClient client) {
        return new ApiClientView(client.getKeyPrefix(), client.getName(),
                client.getScopes().stream().map(Scope::roleName).toList(), client.getCreatedBy(), client.getCreatedAt(),
                client.getLastUsedAt(), client.getRevokedAt(), client.getRevokedBy());
    }

    public boolean active() {
        return revokedAt == null;
    }
}

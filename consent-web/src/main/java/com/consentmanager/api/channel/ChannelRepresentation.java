package com.consentmanager.api.channel;

import com.consentmanager.channel.boundary.ChannelView;

import java.time.Instant;
import java.util.Map;

/** A channel in the API's JSON. */
public record ChannelRepresentation(String key, boolean builtIn, Map<String, String> publicNames,
                                    Instant createdAt, Instant updatedAt, long version) {

    static ChannelRepresentation of(ChannelView view) {
        return new ChannelRepresentation(view.getKey(), view.isBuiltIn(), view.getPublicNames(),
                view.getCreatedAt(), view.getUpdatedAt(), view.getVersion());
    }
}

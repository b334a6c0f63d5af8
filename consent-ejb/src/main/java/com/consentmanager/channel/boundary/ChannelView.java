package com.consentmanager.channel.boundary;

import com.consentmanager.channel.entity.Channel;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** A channel as callers see it (local or remote): a detached, serialisable copy. */
public record ChannelView(String key, boolean builtIn, Map<String, String> publicNames, Instant createdAt,
                          Instant updatedAt, long version) implements Serializable {

    public ChannelView {
        publicNames = new TreeMap<>(publicNames);
    }

    static ChannelView of(Channel channel) {
        return new ChannelView(channel.getKey(), channel.isBuiltIn(), channel.getPublicNames(),
                channel.getCreatedAt(), channel.getUpdatedAt(), channel.getVersion());
    }

    /** The public name in the given language, else in the default language. */
    public String publicName(String language) {
        String name = publicNames.get(language);
        return name != null ? name : publicNames.getOrDefault(com.consentmanager.platform.Languages.DEFAULT, key);
    }
}

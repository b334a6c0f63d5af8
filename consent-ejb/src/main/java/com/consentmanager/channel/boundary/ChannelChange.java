package com.consentmanager.channel.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * A change to a channel: a new key and/or new public names per language. A null key or a language
 * absent from {@code publicNames} is left as it is.
 */
public record ChannelChange(String key, Map<String, String> publicNames) implements Serializable {

    public ChannelChange {
        publicNames = publicNames == null ? Map.of() : Map.copyOf(publicNames);
    }
}

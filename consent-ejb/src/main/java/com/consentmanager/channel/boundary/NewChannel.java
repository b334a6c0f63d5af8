package com.consentmanager.channel.boundary;

import java.io.Serializable;
import java.util.Map;

/**
 * A channel to add. {@code name} is what the admin typed; the key is generated from it when
 * {@code key} is blank; {@code publicNames} (per language) default to {@code name}.
 */
public record NewChannel(String name, String key, Map<String, String> publicNames) implements Serializable {

    public NewChannel {
        publicNames = publicNames == null ? Map.of() : Map.copyOf(publicNames);
    }

    public static NewChannel named(String name) {
        return new NewChannel(name, null, null);
    }
}

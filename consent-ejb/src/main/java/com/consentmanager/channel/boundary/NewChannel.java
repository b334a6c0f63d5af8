package com.consentmanager.channel.boundary;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A channel to add. {@code name} is what the admin typed; the key is generated from it when
 * {@code key} is blank; {@code publicNames} (per language) default to {@code name}. A plain class:
 * the IIOP runtime of remote EJBs cannot copy records.
 */
public final class NewChannel implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String key;
    private final TreeMap<String, String> publicNames;

    public NewChannel(String name, String key, Map<String, String> publicNames) {
        this.name = name;
        this.key = key;
        this.publicNames = publicNames == null ? new TreeMap<>() : new TreeMap<>(publicNames);
    }

    public static NewChannel named(String name) {
        return new NewChannel(name, null, null);
    }

    public String getName() {
        return name;
    }

    public String getKey() {
        return key;
    }

    public Map<String, String> getPublicNames() {
        return new TreeMap<>(publicNames);
    }
}
